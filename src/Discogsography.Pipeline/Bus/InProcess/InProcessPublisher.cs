namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>Publishes into the in-process queues bound to a routing key; the confirm completes once every queue took the message.</summary>
/// <param name="bus">The bus whose queues receive the messages.</param>
internal sealed class InProcessPublisher(InProcessBus bus) : IBusPublisher
{
    /// <inheritdoc/>
    public Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        IReadOnlyList<InProcessQueue> queues = bus.QueuesBoundTo(routingKey);
        if (queues.Count == 0)
        {
            return Task.FromException(new BusPublishException($"No queue is bound to routing key '{routingKey}': declare the topology first."));
        }

        ReadOnlyMemory<byte> copy = body.ToArray();
        return queues.Count == 1
            ? queues[0].EnqueueAsync(new InProcessMessage(routingKey, copy), cancellationToken)
            : Task.WhenAll(queues.Select(q => q.EnqueueAsync(new InProcessMessage(routingKey, copy), cancellationToken)));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
