using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Server.Dumps;

/// <summary>The tracking store, with every committed status change also published to the <see cref="DumpStatusFeed"/>.</summary>
internal sealed class ObservedDumpTrackingStore(IDumpTrackingStore inner, DumpStatusFeed feed) : IDumpTrackingStore
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
            feed.Publish(record);
        }

        return record;
    }

    public async Task<DumpProcessingRecord> TransitionAsync(string yearMonth, DumpStatus to, DumpStatusChange? change, CancellationToken cancellationToken)
    {
        var record = await inner.TransitionAsync(yearMonth, to, change, cancellationToken).ConfigureAwait(false);
        feed.Publish(record);
        return record;
    }
}
