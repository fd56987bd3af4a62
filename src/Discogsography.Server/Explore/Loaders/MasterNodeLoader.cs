using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's masters by Discogs id, fetched in one batch per execution tick.</summary>
internal sealed class MasterNodeLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<long, MasterNode>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<long, MasterNode>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetMastersAsync(chunk, cancellationToken));
}
