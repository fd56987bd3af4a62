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

    /// <summary>
    /// Starts a consumer like <see cref="SubscribeAsync(string, Func{BusDelivery, CancellationToken, Task}, CancellationToken)"/>
    /// holding at most <paramref name="prefetch"/> unsettled deliveries (a batching consumer needs several messages at once).
    /// </summary>
    /// <param name="queue">The queue name.</param>
    /// <param name="prefetch">Most unsettled deliveries this subscription holds.</param>
    /// <param name="handler">Called once per delivery, one at a time per subscription; it may return before settling.</param>
    /// <param name="cancellationToken">Cancels subscribing.</param>
    Task<IBusSubscription> SubscribeAsync(string queue, int prefetch, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        SubscribeAsync(queue, handler, cancellationToken);

    /// <summary>
    /// Publishes a message straight to the dead-letter queue of a consumer queue, persistent and confirmed, with string
    /// headers saying why (a consumer that isolated one poison record sends it there before acking its batch).
    /// </summary>
    /// <param name="queue">The consumer queue whose dead-letter queue receives the message.</param>
    /// <param name="body">The message body.</param>
    /// <param name="headers">Headers such as the reason, record id, store and type.</param>
    /// <param name="cancellationToken">Cancels publishing.</param>
    /// <exception cref="BusPublishException">The message could not be published.</exception>
    Task PublishDeadLetterAsync(string queue, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} does not publish to dead-letter queues.");
}
