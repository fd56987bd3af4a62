namespace Discogsography.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: each is created once per request on first use, so its cache lives as long as the
/// request, and its loads are batched by the executor's scheduler.
/// </summary>
public interface IDataLoaderScope
{
    /// <summary>The scheduler loaders created in this scope report pending work to.</summary>
    IBatchScheduler Scheduler { get; }

    /// <summary>The loader registered under <paramref name="name"/>, created with <paramref name="create"/> on first use.</summary>
    T GetOrAdd<T>(string name, Func<IBatchScheduler, T> create)
        where T : class, IDataLoader;

    /// <summary>A key → value loader named <paramref name="name"/>, created on first use around <paramref name="load"/>.</summary>
    BatchDataLoader<TKey, TValue> Batch<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> load)
        where TKey : notnull;

    /// <summary>A key → values (one-to-many) loader named <paramref name="name"/>, created on first use around <paramref name="load"/>.</summary>
    GroupDataLoader<TKey, TValue> Group<TKey, TValue>(string name, GroupLoadFunction<TKey, TValue> load)
        where TKey : notnull;
}
