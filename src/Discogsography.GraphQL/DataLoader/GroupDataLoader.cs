namespace Discogsography.GraphQL.DataLoader;

/// <summary>
/// A key → values (one-to-many) <see cref="DataLoader{TKey, TValue}"/>, for children of many parents at once
/// (a connection's items, a release's tracks). A key without values loads as an empty list, never null.
/// </summary>
public sealed class GroupDataLoader<TKey, TValue> : DataLoader<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly GroupLoadFunction<TKey, TValue> _load;

    /// <summary>Creates the loader.</summary>
    public GroupDataLoader(IBatchScheduler scheduler, GroupLoadFunction<TKey, TValue> load)
        : base(scheduler)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
    }

    /// <inheritdoc />
    protected override async ValueTask<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> LoadBatchAsync(
        IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        ILookup<TKey, TValue> groups = await _load(keys, cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<TKey, IReadOnlyList<TValue>>(keys.Count);
        foreach (IGrouping<TKey, TValue> group in groups)
        {
            values[group.Key] = [.. group];
        }

        return values;
    }

    /// <inheritdoc />
    protected override IReadOnlyList<TValue> MissingValue() => [];
}
