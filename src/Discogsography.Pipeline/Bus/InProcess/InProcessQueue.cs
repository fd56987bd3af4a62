namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>
/// One in-process queue: FIFO, competing subscriptions served round-robin within their prefetch, requeue at the
/// head, dead-lettering on reject or past the delivery limit, and a bounded length that makes publishers wait.
/// </summary>
internal sealed class InProcessQueue
{
    private readonly Lock _gate = new();
    private readonly LinkedList<InProcessMessage> _ready = new();
    private readonly List<InProcessSubscription> _subscriptions = [];
    private readonly InProcessQueue? _deadLetter;
    private readonly SemaphoreSlim? _room;
    private readonly int _deliveryLimit;
    private int _next;

    /// <summary>Creates a queue.</summary>
    /// <param name="name">The queue name.</param>
    /// <param name="deadLetter">Where rejected messages go; null for a dead-letter queue itself (it drops nothing).</param>
    /// <param name="deliveryLimit">Deliveries before a requeued message is dead-lettered.</param>
    /// <param name="maxLength">Most messages held (ready or unacked) before publishers wait; null for unbounded.</param>
    public InProcessQueue(string name, InProcessQueue? deadLetter, int deliveryLimit, int? maxLength)
    {
        Name = name;
        _deadLetter = deadLetter;
        _deliveryLimit = deliveryLimit;
        _room = maxLength is int length ? new SemaphoreSlim(length, length) : null;
    }

    /// <summary>The queue name.</summary>
    public string Name { get; }

    /// <summary>Messages waiting for a consumer.</summary>
    public int ReadyCount
    {
        get
        {
            lock (_gate)
            {
                return _ready.Count;
            }
        }
    }

    /// <summary>Adds a message at the tail, waiting while the queue is full.</summary>
    public async Task EnqueueAsync(InProcessMessage message, CancellationToken cancellationToken)
    {
        if (_room is not null)
        {
            await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            _ready.AddLast(message);
        }

        Dispatch();
    }

    /// <summary>Adds a subscription and hands it what it may take.</summary>
    public void Attach(InProcessSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Add(subscription);
        }

        Dispatch();
    }

    /// <summary>Removes a subscription; its unsettled deliveries return to the head of the queue in order.</summary>
    public void Detach(InProcessSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
            foreach (InProcessDelivery delivery in subscription.TakeUnsettled().Reverse())
            {
                _ready.AddFirst(delivery.Message);
            }
        }

        Dispatch();
    }

    /// <summary>Settles a delivery; settling twice, or after its subscription closed, does nothing.</summary>
    public void Settle(InProcessDelivery delivery, InProcessOutcome outcome)
    {
        bool deadLetter;
        lock (_gate)
        {
            if (!delivery.Subscription.Untrack(delivery))
            {
                return;
            }

            deadLetter = outcome == InProcessOutcome.DeadLetter
                || (outcome == InProcessOutcome.Requeue && delivery.Message.DeliveryCount >= _deliveryLimit);
            if (outcome == InProcessOutcome.Requeue && !deadLetter)
            {
                _ready.AddFirst(delivery.Message);
            }
        }

        if (outcome == InProcessOutcome.Ack || deadLetter)
        {
            _room?.Release();
        }

        if (deadLetter && _deadLetter is not null)
        {
            _ = _deadLetter.EnqueueAsync(new InProcessMessage(delivery.Message.RoutingKey, delivery.Message.Body) { Headers = delivery.Message.Headers }, CancellationToken.None);
        }

        Dispatch();
    }

    private void Dispatch()
    {
        lock (_gate)
        {
            while (_ready.First is { } first && NextWithRoom() is { } subscription)
            {
                _ready.RemoveFirst();
                InProcessMessage message = first.Value;
                message.DeliveryCount++;
                subscription.Deliver(new InProcessDelivery
                {
                    Queue = Name,
                    RoutingKey = message.RoutingKey,
                    Body = message.Body,
                    Redelivered = message.DeliveryCount > 1,
                    Headers = message.Headers,
                    Message = message,
                    Subscription = subscription,
                });
            }
        }
    }

    private InProcessSubscription? NextWithRoom()
    {
        for (int i = 0; i < _subscriptions.Count; i++)
        {
            InProcessSubscription candidate = _subscriptions[(_next + i) % _subscriptions.Count];
            if (candidate.HasRoom)
            {
                _next = (_next + i + 1) % _subscriptions.Count;
                return candidate;
            }
        }

        return null;
    }
}
