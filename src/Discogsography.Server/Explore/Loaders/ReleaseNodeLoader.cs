using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's releases by Discogs id, fetched in one batch per execution tick.</summary>
internal sealed class ReleaseNodeLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<long, ReleaseNode>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<long, ReleaseNode>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetReleasesAsync(chunk, cancellationToken));
}
