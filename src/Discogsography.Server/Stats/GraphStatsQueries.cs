using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Server.Stats;

/// <summary>The <c>graphStats</c> root field: what the configured graph store holds, and the last month fully processed.</summary>
internal sealed class GraphStatsQueries
{
    public async Task<GraphStats> GraphStats(ICatalogStatistics statistics, IDumpTrackingStore dumps, CancellationToken cancellationToken)
    {
        var counts = await statistics.GetCountsAsync(cancellationToken);
        var months = await dumps.ListAsync(cancellationToken);
        var lastCompleted = months
            .Where(m => m.Status == DumpStatus.Completed)
            .MaxBy(m => m.YearMonth, StringComparer.Ordinal);
        return new GraphStats(counts.Artists, counts.Labels, counts.Masters, counts.Releases, counts.Genres, counts.Styles, lastCompleted?.YearMonth);
    }
}

/// <summary>Entity counts of the graph store (placeholders excluded) and the month of the last completed dump (<c>YYYY-MM</c>).</summary>
internal sealed record GraphStats(long Artists, long Labels, long Masters, long Releases, long Genres, long Styles, string? LastCompletedDump);
