using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Ingestion;

/// <summary>The input of the post-import jobs, from an <c>extraction_complete</c> message.</summary>
/// <param name="Version">The dump version, <c>YYYYMMDD</c>.</param>
/// <param name="StartedAt">When publishing of this version started: rows not written since are absent from the new dump.</param>
/// <param name="RecordCounts">Records per type the extraction produced.</param>
/// <param name="AnythingDeadLettered">True when any record of this run went to a dead-letter queue (stale removal is then skipped).</param>
public sealed record PostImportRequest(
    string Version,
    DateTimeOffset StartedAt,
    IReadOnlyDictionary<DumpType, long> RecordCounts,
    bool AnythingDeadLettered);
