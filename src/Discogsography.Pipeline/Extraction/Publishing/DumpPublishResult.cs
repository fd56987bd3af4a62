namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>What publishing a dump folder did.</summary>
/// <param name="Version">The dump version published, <c>YYYYMMDD</c>.</param>
/// <param name="Files">One result per file, in dump order.</param>
/// <param name="ExtractionCompleteSent">Whether <c>extraction_complete</c> was published by this run.</param>
public sealed record DumpPublishResult(string Version, IReadOnlyList<FilePublishResult> Files, bool ExtractionCompleteSent);
