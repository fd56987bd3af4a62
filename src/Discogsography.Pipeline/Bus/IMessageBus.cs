namespace Discogsography.Pipeline.Bus;

/// <summary>
/// The message bus: persistent, confirmed, mandatory publishing to the topic exchange, and competing consumers on
/// the consumer queues with manual acknowledgement and dead-lettering. Implemented over RabbitMQ and in-process.
/// </summary>
public interface IMessageBus : IAsyncDisposable
{
    /// <summary>The exchange and queues this bus declares.</summary>
    BusTopology Topology { get; }

    /// <summary>Declares the exchange, every consumer queue and their dead-letter exchanges and queues (idempotent).</summary>
    /// <param name="cancellationToken">Cancels the declaration.</param>
    Task DeclareTopologyAsync(CancellationToken cancellationToken);

    /// <summary>Opens a publisher with its own connection; dispose it to close the connection.</summary>
    /// <param name="name">A name for the connection (shown by the broker), e.g. the file being published.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    Task<IBusPublisher> OpenPublisherAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a consumer on a queue (a consumer queue or a dead-letter queue). Several subscriptions on one queue
    /// compete for its messages. Each delivery must be acked or nacked; unsettled deliveries return to the queue
    /// when the subscription is disposed.
    /// </summary>
    /// <param name="queue">The queue name.</param>
    /// <param name="handler">Called once per delivery, one at a time per subscription.</param>
    /// <param name="cancellationToken">Cancels subscribing.</param>
    Task<IBusSubscription> SubscribeAsync(string queue, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken);
}
