namespace Discogsography.Pipeline.Bus;

/// <summary>Which transport carries the bus.</summary>
public enum BusTransport
{
    /// <summary>In-process channels: the embedded mode, everything in one process.</summary>
    InProcess,

    /// <summary>RabbitMQ over AMQP 0-9-1: the full stack.</summary>
    RabbitMq,
}
