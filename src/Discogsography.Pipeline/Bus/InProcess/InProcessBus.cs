using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>
/// The embedded transport: the same topology as RabbitMQ held in memory. Publishing is mandatory (an unbound
/// routing key fails) and waits while a queue is full, which is the back-pressure a confirm window sees.
/// </summary>
internal sealed class InProcessBus : IMessageBus
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InProcessQueue> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InProcessQueue>> _bindings = new(StringComparer.Ordinal);
    private readonly BusOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the bus; queues exist once <see cref="DeclareTopologyAsync"/> ran.</summary>
    /// <param name="options">Bus settings: consumers, prefetch, delivery limit.</param>
    /// <param name="logger">Logger for consumer failures.</param>
    /// <param name="maxQueueLength">Most messages a consumer queue holds before publishers wait.</param>
    public InProcessBus(BusOptions options, ILogger<InProcessBus> logger, int maxQueueLength = 256)
    {
        _options = options;
        _logger = logger;
        MaxQueueLength = maxQueueLength;
        Topology = options.CreateTopology();
    }

    /// <inheritdoc/>
    public BusTopology Topology { get; }

    /// <summary>Most messages a consumer queue holds before publishers wait.</summary>
    public int MaxQueueLength { get; }

    /// <inheritdoc/>
    public Task DeclareTopologyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (BusQueue queue in Topology.Queues.Where(q => !_queues.ContainsKey(q.Name)))
            {
                var deadLetter = new InProcessQueue(queue.DeadLetterQueue, deadLetter: null, int.MaxValue, maxLength: null);
                var main = new InProcessQueue(queue.Name, deadLetter, Topology.DeliveryLimit, MaxQueueLength);
                _queues.Add(deadLetter.Name, deadLetter);
                _queues.Add(main.Name, main);
                if (!_bindings.TryGetValue(queue.RoutingKey, out List<InProcessQueue>? bound))
                {
                    _bindings[queue.RoutingKey] = bound = [];
                }

                bound.Add(main);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IBusPublisher> OpenPublisherAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IBusPublisher>(new InProcessPublisher(this));

    /// <inheritdoc/>
    public Task<IBusSubscription> SubscribeAsync(string queue, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        SubscribeAsync(queue, _options.Prefetch, handler, cancellationToken);

    /// <inheritdoc/>
    public Task<IBusSubscription> SubscribeAsync(string queue, int prefetch, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(prefetch);
        var subscription = new InProcessSubscription(GetQueue(queue), prefetch, handler, _logger);
        subscription.Start();
        return Task.FromResult<IBusSubscription>(subscription);
    }

    /// <inheritdoc/>
    public Task PublishDeadLetterAsync(string queue, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        BusQueue declared = Topology.Queues.FirstOrDefault(q => q.Name == queue)
            ?? throw new BusPublishException($"'{queue}' is not a consumer queue of this bus.");
        var message = new InProcessMessage(declared.RoutingKey, body.ToArray()) { Headers = new Dictionary<string, string>(headers, StringComparer.Ordinal) };
        return GetQueue(declared.DeadLetterQueue).EnqueueAsync(message, cancellationToken);
    }

    /// <summary>Messages waiting in a queue (tests and health).</summary>
    public int ReadyCount(string queue) => GetQueue(queue).ReadyCount;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The queues a routing key reaches.</summary>
    internal IReadOnlyList<InProcessQueue> QueuesBoundTo(string routingKey)
    {
        lock (_gate)
        {
            return _bindings.TryGetValue(routingKey, out List<InProcessQueue>? bound) ? [.. bound] : [];
        }
    }

    private InProcessQueue GetQueue(string name)
    {
        lock (_gate)
        {
            return _queues.TryGetValue(name, out InProcessQueue? queue)
                ? queue
                : throw new InvalidOperationException($"Queue '{name}' is not declared.");
        }
    }
}
