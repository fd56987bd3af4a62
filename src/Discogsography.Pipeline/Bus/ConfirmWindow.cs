namespace Discogsography.Pipeline.Bus;

/// <summary>
/// A bounded window of outstanding publisher confirms. Confirms are settled in publish order: the callback sees
/// each tag once its confirm and every earlier one have completed, so "confirmed up to here" is always true.
/// Adding to a full window waits for the oldest confirm; never one message at a time.
/// </summary>
/// <typeparam name="TTag">What the caller needs back per confirmed message (e.g. the batch's last ordinal).</typeparam>
internal sealed class ConfirmWindow<TTag>
{
    private readonly Queue<(Task Confirm, TTag Tag)> _inFlight = new();
    private readonly int _capacity;
    private readonly Action<TTag> _onConfirmed;

    /// <summary>Creates a window.</summary>
    /// <param name="capacity">Most confirms outstanding at once.</param>
    /// <param name="onConfirmed">Called in publish order for each confirmed message.</param>
    public ConfirmWindow(int capacity, Action<TTag> onConfirmed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _onConfirmed = onConfirmed;
    }

    /// <summary>Confirms outstanding.</summary>
    public int Count => _inFlight.Count;

    /// <summary>Adds a confirm; settles every completed leading confirm and waits while the window is full.</summary>
    /// <param name="confirm">The task returned by <see cref="IBusPublisher.PublishAsync"/>.</param>
    /// <param name="tag">Handed to the callback once confirmed.</param>
    /// <exception cref="Exception">The first failed confirm's exception.</exception>
    public async Task AddAsync(Task confirm, TTag tag)
    {
        _inFlight.Enqueue((confirm, tag));
        while (_inFlight.Count > 0 && (_inFlight.Count >= _capacity || _inFlight.Peek().Confirm.IsCompleted))
        {
            await SettleOldestAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Waits for every outstanding confirm.</summary>
    /// <exception cref="Exception">The first failed confirm's exception.</exception>
    public async Task DrainAsync()
    {
        while (_inFlight.Count > 0)
        {
            await SettleOldestAsync().ConfigureAwait(false);
        }
    }

    private async Task SettleOldestAsync()
    {
        (Task confirm, TTag tag) = _inFlight.Peek();
        await confirm.ConfigureAwait(false);
        _inFlight.Dequeue();
        _onConfirmed(tag);
    }
}
