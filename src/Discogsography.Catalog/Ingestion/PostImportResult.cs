using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Ingestion;

/// <summary>What the post-import jobs did.</summary>
/// <param name="StaleRemoved">Records removed per type because the new dump no longer has them.</param>
/// <param name="PlaceholdersRemoved">Placeholder entities removed because nothing references them.</param>
/// <param name="SkippedRemovals">Why a stale-record removal was skipped, one line per type (a safety guard held).</param>
public sealed record PostImportResult(
    IReadOnlyDictionary<DumpType, long> StaleRemoved,
    long PlaceholdersRemoved,
    IReadOnlyList<string> SkippedRemovals);
