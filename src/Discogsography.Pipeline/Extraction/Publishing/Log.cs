using Discogsography.Catalog.Dumps;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>Log messages of dump publishing (event ids 5200–5299).</summary>
internal static partial class Log
{
    [LoggerMessage(5200, LogLevel.Information, "Publishing {File} ({Type}), resuming after ordinal {ResumeAfter}")]
    public static partial void FileStarted(ILogger logger, string file, DumpType type, long resumeAfter);

    [LoggerMessage(5201, LogLevel.Information, "{File} is already published (marker completed); skipped")]
    public static partial void FileAlreadyComplete(ILogger logger, string file);

    [LoggerMessage(5202, LogLevel.Information, "Published {File}: {Total} records, {Published} this run, {ResumedPast} resumed past, {Malformed} malformed, in {Elapsed}")]
    public static partial void FileCompleted(ILogger logger, string file, long total, long published, long resumedPast, long malformed, TimeSpan elapsed);

    [LoggerMessage(5203, LogLevel.Error, "Publishing {File} failed after ordinal {LastConfirmedOrdinal}; the next run resumes there")]
    public static partial void FileFailed(ILogger logger, string file, long lastConfirmedOrdinal, Exception exception);

    [LoggerMessage(5204, LogLevel.Information, "Published extraction_complete for version {Version}")]
    public static partial void ExtractionCompleted(ILogger logger, string version);

    [LoggerMessage(5205, LogLevel.Warning, "{File} hashes to {Actual} but its published checksum is {Expected}")]
    public static partial void ChecksumMismatch(ILogger logger, string file, string actual, string expected);

    [LoggerMessage(5206, LogLevel.Warning, "Marker {Path} is unreadable; it was renamed to .corrupt and publishing starts over")]
    public static partial void MarkerCorrupt(ILogger logger, string path, Exception exception);

    [LoggerMessage(5207, LogLevel.Information, "Marker of {File} describes another file (size, time or checksum differ); starting over")]
    public static partial void MarkerReset(ILogger logger, string file);

    [LoggerMessage(5208, LogLevel.Information, "Version {Version} is already published (extraction_complete sent)")]
    public static partial void VersionAlreadyComplete(ILogger logger, string version);
}
