namespace Discogsography.GraphQL.DataLoader;

/// <summary>
/// The per-request <see cref="IDataLoaderScope"/> and <see cref="IBatchScheduler"/>: holds the request's loaders,
/// remembers which have keys waiting, and dispatches them together when the executor asks.
/// </summary>
internal sealed class DataLoaderScope : IDataLoaderScope, IBatchScheduler
{
    private readonly Dictionary<string, IDataLoader> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private List<IDataLoader> _scheduled = [];
    private TaskCompletionSource? _signal;

    public IBatchScheduler Scheduler => this;

    /// <summary>True when some loader has keys waiting.</summary>
    public bool HasScheduled
    {
        get
        {
            lock (_lock)
            {
                return _scheduled.Count > 0;
            }
        }
    }

    public T GetOrAdd<T>(string name, Func<IBatchScheduler, T> create)
        where T : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out IDataLoader? existing))
            {
                return existing as T ?? throw new InvalidOperationException(
                    $"The DataLoader \"{name}\" is a {existing.GetType().Name}, not a {typeof(T).Name}.");
            }

            T created = create(this);
            _loaders[name] = created;
            return created;
        }
    }

    public BatchDataLoader<TKey, TValue> Batch<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> load)
        where TKey : notnull =>
        GetOrAdd(name, scheduler => new BatchDataLoader<TKey, TValue>(scheduler, load));

    public GroupDataLoader<TKey, TValue> Group<TKey, TValue>(string name, GroupLoadFunction<TKey, TValue> load)
        where TKey : notnull =>
        GetOrAdd(name, scheduler => new GroupDataLoader<TKey, TValue>(scheduler, load));

    public void Schedule(IDataLoader loader)
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            _scheduled.Add(loader);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>A task that completes when a loader is scheduled (at once when one already is).</summary>
    public Task WhenScheduledAsync()
    {
        lock (_lock)
        {
            if (_scheduled.Count > 0)
            {
                return Task.CompletedTask;
            }

            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
        }
    }

    /// <summary>Dispatches every scheduled loader, concurrently, and waits for their batches.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDataLoader> scheduled;
        lock (_lock)
        {
            scheduled = _scheduled;
            _scheduled = [];
        }

        if (scheduled.Count == 1)
        {
            return scheduled[0].DispatchAsync(cancellationToken);
        }

        var batches = new Task[scheduled.Count];
        for (int i = 0; i < scheduled.Count; i++)
        {
            batches[i] = scheduled[i].DispatchAsync(cancellationToken);
        }

        return Task.WhenAll(batches);
    }
}
