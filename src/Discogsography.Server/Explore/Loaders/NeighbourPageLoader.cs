using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>
/// Pages of neighbours of many parents: the keys of one tick that share a kind of parent and a request (category, page
/// size, cursor, year) are fetched with one <see cref="IExploreReader.ExpandManyAsync"/> call.
/// </summary>
internal sealed class NeighbourPageLoader(IBatchScheduler scheduler, IExploreReader reader) : InlineDataLoader<NeighbourPageKey, Page<ExpandItem>>(scheduler)
{
    /// <inheritdoc />
    protected override async ValueTask<IReadOnlyDictionary<NeighbourPageKey, Page<ExpandItem>>> LoadBatchAsync(
        IReadOnlyList<NeighbourPageKey> keys, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<NeighbourPageKey, Page<ExpandItem>>(keys.Count);
        foreach (IGrouping<(EntityKind Kind, ExpandRequest Request), NeighbourPageKey> group in keys.GroupBy(k => (k.Parent.Kind, k.Request)))
        {
            ExpandRequest request = group.Key.Request;
            foreach (NeighbourPageKey[] chunk in group.Chunk(ExploreLimits.MaxBatchSize))
            {
                IReadOnlyDictionary<EntityRef, Page<ExpandItem>> found = await ExploreErrors.Run(
                    () => reader.ExpandManyAsync([.. chunk.Select(k => k.Parent)], request, cancellationToken)).ConfigureAwait(false);
                foreach (NeighbourPageKey key in chunk)
                {
                    pages[key] = found.GetValueOrDefault(key.Parent) ?? Page<ExpandItem>.Empty;
                }
            }
        }

        return pages;
    }
}
