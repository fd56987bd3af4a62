using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>A <c>file_complete</c> message: sent once every data message of the file is confirmed.</summary>
/// <param name="DataType">The file's type.</param>
/// <param name="File">The file name, e.g. <c>discogs_20200806_releases.xml.gz</c>.</param>
/// <param name="FileSha256">SHA-256 (lower-case hex) of the file's bytes as read.</param>
/// <param name="FileBytes">The file's size in bytes.</param>
/// <param name="TotalRecords">Records the reader produced from the whole file (published now or in an earlier, interrupted run).</param>
/// <param name="SkippedRecords">Malformed records the reader skipped.</param>
/// <param name="SkippedByRules">Records the data-quality rules dropped.</param>
/// <param name="Timestamp">When the file was completed.</param>
public sealed record FileCompleteMessage(
    DumpType DataType,
    string File,
    string FileSha256,
    long FileBytes,
    long TotalRecords,
    long SkippedRecords,
    long SkippedByRules,
    DateTimeOffset Timestamp) : BusMessage(BusMessageType.FileComplete);
