using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>Splits a DataLoader's keys into the contracts' largest batch and merges the answers.</summary>
internal static class Batches
{
    /// <summary>Calls <paramref name="load"/> once per chunk of at most <see cref="ExploreLimits.MaxBatchSize"/> keys.</summary>
    public static async ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadAsync<TKey, TValue>(
        IReadOnlyList<TKey> keys, Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> load)
        where TKey : notnull
    {
        if (keys.Count <= ExploreLimits.MaxBatchSize)
        {
            return await ExploreErrors.Run(() => load(keys)).ConfigureAwait(false);
        }

        var merged = new Dictionary<TKey, TValue>(keys.Count);
        foreach (TKey[] chunk in keys.Chunk(ExploreLimits.MaxBatchSize))
        {
            foreach ((TKey key, TValue value) in await ExploreErrors.Run(() => load(chunk)).ConfigureAwait(false))
            {
                merged[key] = value;
            }
        }

        return merged;
    }
}
