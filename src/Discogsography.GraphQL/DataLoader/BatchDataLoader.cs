namespace Discogsography.GraphQL.DataLoader;

/// <summary>A key → value <see cref="DataLoader{TKey, TValue}"/> around a batch function.</summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _load;

    /// <summary>Creates the loader.</summary>
    public BatchDataLoader(IBatchScheduler scheduler, BatchLoadFunction<TKey, TValue> load)
        : base(scheduler)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
    }

    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _load(keys, cancellationToken);
}
