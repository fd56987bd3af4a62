using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>
/// A batching, caching DataLoader that gives every caller its own task. The engine's <see cref="DataLoader{TKey, TValue}"/>
/// hands all callers of a key one shared task; when several fields await it, .NET runs those continuations on the thread
/// pool instead of inline, so the executor dispatches the next level's loads before every parent has made them (one key per
/// batch in the worst case). Completing one task per caller keeps each continuation inline within the dispatch, so the
/// next level's keys all wait for the same batch.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type; a key missing from a batch loads as default.</typeparam>
internal abstract class InlineDataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly IBatchScheduler _scheduler;
    private readonly Dictionary<TKey, Entry> _entries = [];
    private readonly Lock _lock = new();
    private List<TKey> _waiting = [];

    protected InlineDataLoader(IBatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
    }

    /// <summary>How many batches this loader has fetched.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value of <paramref name="key"/>: from the cache, or with the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool schedule = false;
        var waiter = new TaskCompletionSource<TValue?>();
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out Entry? entry))
            {
                entry = new Entry();
                _entries[key] = entry;
                schedule = _waiting.Count == 0;
                _waiting.Add(key);
            }
            else if (entry.Done)
            {
                return entry.Error is null ? Task.FromResult(entry.Value) : Task.FromException<TValue?>(entry.Error);
            }

            entry.Waiters.Add(waiter);
        }

        if (schedule)
        {
            _scheduler.Schedule(this);
        }

        return waiter.Task;
    }

    /// <inheritdoc />
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_lock)
        {
            keys = _waiting;
            if (keys.Count == 0)
            {
                return;
            }

            _waiting = [];
            BatchCount++;
        }

        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? error = null;
        try
        {
            values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        var completions = new List<(TaskCompletionSource<TValue?> Waiter, TValue? Value)>();
        lock (_lock)
        {
            foreach (TKey key in keys)
            {
                Entry entry = _entries[key];
                entry.Done = true;
                entry.Error = error;
                entry.Value = values is not null && values.TryGetValue(key, out TValue? value) ? value : default;
                completions.AddRange(entry.Waiters.Select(w => (w, entry.Value)));
                entry.Waiters.Clear();
            }
        }

        foreach ((TaskCompletionSource<TValue?> waiter, TValue? value) in completions)
        {
            if (error is null)
            {
                waiter.TrySetResult(value);
            }
            else
            {
                waiter.TrySetException(error);
            }
        }
    }

    /// <summary>Fetches the values of a batch of distinct keys.</summary>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private sealed class Entry
    {
        public List<TaskCompletionSource<TValue?>> Waiters { get; } = [];

        public bool Done { get; set; }

        public TValue? Value { get; set; }

        public Exception? Error { get; set; }
    }
}
