namespace Discogsography.GraphQL.DataLoader;

/// <summary>
/// Batches and caches the loads of one request: <see cref="LoadAsync(TKey)"/> returns a pending task and schedules the loader;
/// when the executor runs out of runnable work it dispatches, and every key waiting by then is fetched with one
/// <see cref="LoadBatchAsync"/> call. A key is fetched at most once per loader (the cache lives as long as the request).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public abstract class DataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly IBatchScheduler _scheduler;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly Lock _lock = new();
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _waiting = [];

    /// <summary>Creates the loader reporting to <paramref name="scheduler"/>.</summary>
    protected DataLoader(IBatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
    }

    /// <summary>How many batches this loader has fetched.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value of <paramref name="key"/>: from the cache, or with the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool schedule;
        TaskCompletionSource<TValue?> completion;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out TaskCompletionSource<TValue?>? cached))
            {
                return cached.Task;
            }

            // Continuations run inline when the batch completes: the dependent work of one batch is one tick.
            completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.None);
            _cache[key] = completion;
            schedule = _waiting.Count == 0;
            _waiting.Add(new(key, completion));
        }

        if (schedule)
        {
            _scheduler.Schedule(this);
        }

        return completion.Task;
    }

    /// <summary>The values of <paramref name="keys"/>, in the same order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new Task<TValue?>[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            tasks[i] = LoadAsync(keys[i]);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch;
        lock (_lock)
        {
            batch = _waiting;
            if (batch.Count == 0)
            {
                return;
            }

            _waiting = [];
            BatchCount++;
        }

        var keys = new TKey[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            keys[i] = batch[i].Key;
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            foreach (KeyValuePair<TKey, TaskCompletionSource<TValue?>> waiting in batch)
            {
                waiting.Value.TrySetException(exception);
            }

            return;
        }

        foreach (KeyValuePair<TKey, TaskCompletionSource<TValue?>> waiting in batch)
        {
            waiting.Value.TrySetResult(values.TryGetValue(waiting.Key, out TValue? value) ? value : MissingValue());
        }
    }

    /// <summary>Fetches the values of a batch of distinct keys.</summary>
    protected abstract ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value a key missing from a batch result loads as (default: <c>default</c>).</summary>
    protected virtual TValue? MissingValue() => default;
}
