using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's genres by exact name, fetched in one batch per execution tick.</summary>
internal sealed class GenreNodeLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<string, GenreNode>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<string, GenreNode>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetGenresAsync(chunk, cancellationToken));
}
