using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's artists by Discogs id, fetched in one batch per execution tick.</summary>
internal sealed class ArtistNodeLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<long, ArtistNode>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<long, ArtistNode>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetArtistsAsync(chunk, cancellationToken));
}
