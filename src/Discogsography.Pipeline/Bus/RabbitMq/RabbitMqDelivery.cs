using RabbitMQ.Client;

namespace Discogsography.Pipeline.Bus.RabbitMq;

/// <summary>A delivery on a RabbitMQ channel, settled by its delivery tag.</summary>
internal sealed class RabbitMqDelivery : BusDelivery
{
    /// <summary>The channel it arrived on (settling must use it).</summary>
    public required IChannel Channel { get; init; }

    /// <summary>The channel's delivery tag.</summary>
    public required ulong DeliveryTag { get; init; }

    /// <inheritdoc/>
    public override Task AckAsync(CancellationToken cancellationToken) =>
        Channel.BasicAckAsync(DeliveryTag, multiple: false, cancellationToken).AsTask();

    /// <inheritdoc/>
    public override Task NackAsync(bool requeue, CancellationToken cancellationToken) =>
        Channel.BasicNackAsync(DeliveryTag, multiple: false, requeue, cancellationToken).AsTask();
}
