using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's styles by exact name, fetched in one batch per execution tick.</summary>
internal sealed class StyleNodeLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<string, StyleNode>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<string, StyleNode>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetStylesAsync(chunk, cancellationToken));
}
