using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Bus;

/// <summary>Log messages of the bus (event ids 5100–5199).</summary>
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Error, "Consumer on {Queue} failed; the message goes back to the queue")]
    public static partial void HandlerFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(5101, LogLevel.Information, "Connected to RabbitMQ at {Endpoint} ({ConnectionName})")]
    public static partial void Connected(ILogger logger, string endpoint, string connectionName);

    [LoggerMessage(5102, LogLevel.Warning, "Connecting to RabbitMQ at {Endpoint} failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string endpoint, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(5103, LogLevel.Warning, "Publish to {RoutingKey} was not confirmed (attempt {Attempt}): {Reason}; retrying in {Delay}")]
    public static partial void PublishRetry(ILogger logger, string routingKey, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(5104, LogLevel.Warning, "Connection {ConnectionName} to RabbitMQ was lost; reconnecting")]
    public static partial void ConnectionLost(ILogger logger, string connectionName, Exception exception);

    [LoggerMessage(5105, LogLevel.Information, "Declared exchange {Exchange} and {QueueCount} consumer queues with dead-letter queues")]
    public static partial void TopologyDeclared(ILogger logger, string exchange, int queueCount);
}
