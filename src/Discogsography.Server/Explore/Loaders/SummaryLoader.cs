using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.DataLoader;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>The request's node summaries (key, name, year) by reference, of any kind, in one batch per tick.</summary>
internal sealed class SummaryLoader(IBatchScheduler scheduler, IEntityReader reader) : InlineDataLoader<EntityRef, EntitySummary>(scheduler)
{
    /// <inheritdoc />
    protected override ValueTask<IReadOnlyDictionary<EntityRef, EntitySummary>> LoadBatchAsync(IReadOnlyList<EntityRef> keys, CancellationToken cancellationToken) =>
        Batches.LoadAsync(keys, chunk => reader.GetSummariesAsync(chunk, cancellationToken));
}
