using Discogsography.GraphQL.AspNetCore.Subscriptions;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Server.Dumps;

/// <summary>The tracking store, with every committed status change also sent to the <see cref="DumpTopics.StatusChanged"/> topic.</summary>
internal sealed class ObservedDumpTrackingStore(IDumpTrackingStore inner, ITopicEventSender events) : IDumpTrackingStore
{
    public Task<DumpProcessingRecord?> FindAsync(string yearMonth, CancellationToken cancellationToken) =>
        inner.FindAsync(yearMonth, cancellationToken);

    public Task<IReadOnlyList<DumpProcessingRecord>> ListAsync(CancellationToken cancellationToken) =>
        inner.ListAsync(cancellationToken);

    public async Task<DumpProcessingRecord> EnsureAsync(string yearMonth, string dumpVersion, CancellationToken cancellationToken)
    {
        var before = await inner.FindAsync(yearMonth, cancellationToken).ConfigureAwait(false);
        var record = await inner.EnsureAsync(yearMonth, dumpVersion, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            await events.SendAsync(DumpTopics.StatusChanged, record, cancellationToken).ConfigureAwait(false);
        }

        return record;
    }

    public async Task<DumpProcessingRecord> TransitionAsync(string yearMonth, DumpStatus to, DumpStatusChange? change, CancellationToken cancellationToken)
    {
        var record = await inner.TransitionAsync(yearMonth, to, change, cancellationToken).ConfigureAwait(false);
        await events.SendAsync(DumpTopics.StatusChanged, record, cancellationToken).ConfigureAwait(false);
        return record;
    }
}
