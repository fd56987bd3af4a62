using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>What publishing one file did.</summary>
/// <param name="Type">The file's type.</param>
/// <param name="File">The file name.</param>
/// <param name="TotalRecords">Records in the file (the reader's count).</param>
/// <param name="PublishedThisRun">Records published by this run.</param>
/// <param name="ResumedPast">Records skipped because an earlier run had them confirmed.</param>
/// <param name="Malformed">Malformed records the reader skipped.</param>
/// <param name="AlreadyComplete">True when the marker showed the file complete and nothing was published.</param>
public sealed record FilePublishResult(DumpType Type, string File, long TotalRecords, long PublishedThisRun, long ResumedPast, long Malformed, bool AlreadyComplete);
