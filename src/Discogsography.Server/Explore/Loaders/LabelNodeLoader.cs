using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's labels by Discogs id, fetched in one batch per execution tick.</summary>
internal sealed class LabelNodeLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<long, LabelNode>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<long, LabelNode>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetLabelsAsync(chunk, cancellationToken));
}
