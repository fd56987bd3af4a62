using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>An <c>extraction_complete</c> message: sent on every type's routing key once all four files are complete.</summary>
/// <param name="Version">The dump version, <c>YYYYMMDD</c>.</param>
/// <param name="StartedAt">When publishing of this version first started (kept across resumes: rows older than it are stale).</param>
/// <param name="Timestamp">When the extraction completed.</param>
/// <param name="RecordCounts">Records per type (the readers' totals).</param>
public sealed record ExtractionCompleteMessage(
    string Version,
    DateTimeOffset StartedAt,
    DateTimeOffset Timestamp,
    IReadOnlyDictionary<DumpType, long> RecordCounts) : BusMessage(BusMessageType.ExtractionComplete);
