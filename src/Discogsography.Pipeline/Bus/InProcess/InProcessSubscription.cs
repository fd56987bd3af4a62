using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>A consumer on an in-process queue: deliveries are handled one at a time, in delivery order.</summary>
internal sealed class InProcessSubscription : IBusSubscription
{
    private readonly Channel<InProcessDelivery> _deliveries = Channel.CreateUnbounded<InProcessDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<InProcessDelivery> _unsettled = [];
    private readonly Func<BusDelivery, CancellationToken, Task> _handler;
    private readonly ILogger _logger;
    private readonly int _prefetch;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Creates a subscription; <see cref="Start"/> attaches it.</summary>
    public InProcessSubscription(InProcessQueue source, int prefetch, Func<BusDelivery, CancellationToken, Task> handler, ILogger logger)
    {
        Source = source;
        _prefetch = prefetch;
        _handler = handler;
        _logger = logger;
    }

    /// <summary>The queue consumed.</summary>
    public InProcessQueue Source { get; }

    /// <inheritdoc/>
    public string Queue => Source.Name;

    /// <summary>Whether it may take another delivery (called under the queue's lock).</summary>
    public bool HasRoom => _unsettled.Count < _prefetch && !_stopping.IsCancellationRequested;

    /// <summary>Attaches to the queue and starts handling deliveries.</summary>
    public void Start()
    {
        _loop = Task.Run(HandleDeliveriesAsync);
        Source.Attach(this);
    }

    /// <summary>Takes a delivery (called under the queue's lock).</summary>
    public void Deliver(InProcessDelivery delivery)
    {
        _unsettled.Add(delivery);
        _deliveries.Writer.TryWrite(delivery);
    }

    /// <summary>Forgets a settled delivery; false when it was not held (called under the queue's lock).</summary>
    public bool Untrack(InProcessDelivery delivery) => _unsettled.Remove(delivery);

    /// <summary>Hands back every unsettled delivery in delivery order (called under the queue's lock).</summary>
    public IReadOnlyList<InProcessDelivery> TakeUnsettled()
    {
        InProcessDelivery[] taken = [.. _unsettled];
        _unsettled.Clear();
        return taken;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _deliveries.Writer.TryComplete();
        Source.Detach(this);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private async Task HandleDeliveriesAsync()
    {
        CancellationToken stopping = _stopping.Token;
        await foreach (InProcessDelivery delivery in _deliveries.Reader.ReadAllAsync(stopping).ConfigureAwait(false))
        {
            try
            {
                await _handler(delivery, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Log.HandlerFailed(_logger, Queue, exception);
                await delivery.NackAsync(requeue: true, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
