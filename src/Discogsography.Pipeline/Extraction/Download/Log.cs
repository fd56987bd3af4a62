using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>Log messages of dump downloads, verification and retention (event ids 3200–3299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message = "{Address} answered {Status}: waiting {Wait} before retrying (throttle {Throttle})")]
    public static partial void Throttled(ILogger logger, Uri? address, int status, TimeSpan wait, int throttle);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Downloading {FileName}: {Megabytes:F1} of {TotalMegabytes:F1} MB at {MegabytesPerSecond:F2} MB/s, {Remaining} left")]
    public static partial void Progress(ILogger logger, string fileName, double megabytes, double? totalMegabytes, double megabytesPerSecond, TimeSpan? remaining);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Downloaded {FileName} ({Bytes} bytes, attempt {Attempt}, verified {Verified})")]
    public static partial void Downloaded(ILogger logger, string fileName, long bytes, int attempt, bool verified);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Resuming {FileName} at byte {Offset}")]
    public static partial void Resuming(ILogger logger, string fileName, long offset);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Warning, Message = "The server ignored the range request for {FileName} (had {Offset} bytes): starting over")]
    public static partial void RangeIgnored(ILogger logger, string fileName, long offset);

    [LoggerMessage(EventId = 3205, Level = LogLevel.Warning, Message = "Attempt {Attempt} of {MaxAttempts} for {FileName} failed: {Error}")]
    public static partial void AttemptFailed(ILogger logger, string fileName, int attempt, int maxAttempts, string error);

    [LoggerMessage(EventId = 3206, Level = LogLevel.Information, Message = "Waiting {Delay} before attempt {Attempt} of {MaxAttempts} for {FileName}")]
    public static partial void WaitingBeforeAttempt(ILogger logger, string fileName, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Error, Message = "Checksum mismatch for {FileName} on attempt {Attempt}: expected {Expected}, got {Actual}; file deleted")]
    public static partial void ChecksumMismatch(ILogger logger, string fileName, string expected, string actual, int attempt);

    [LoggerMessage(EventId = 3208, Level = LogLevel.Warning, Message = "CHECKSUM file {FileName} is unavailable: {Error}")]
    public static partial void ChecksumFileUnavailable(ILogger logger, string fileName, string error);

    [LoggerMessage(EventId = 3209, Level = LogLevel.Warning, Message = "{FileName} cannot be verified (no checksum); continuing because unverified files are allowed")]
    public static partial void Unverified(ILogger logger, string fileName);

    [LoggerMessage(EventId = 3210, Level = LogLevel.Information, Message = "{FileName} is already present and verified")]
    public static partial void AlreadyPresent(ILogger logger, string fileName);

    [LoggerMessage(EventId = 3211, Level = LogLevel.Warning, Message = "{FileName} is present but does not match its checksum: downloading it again")]
    public static partial void PresentFileMismatch(ILogger logger, string fileName);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Information, Message = "Retention deleted {FileName} (month {Month})")]
    public static partial void RetentionDeleted(ILogger logger, string fileName, string month);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Information, Message = "Retention spared {FileName}: month {Month} is in use")]
    public static partial void RetentionSpared(ILogger logger, string fileName, string month);

    [LoggerMessage(EventId = 3214, Level = LogLevel.Information, Message = "Retention keeps {RetentionMonths} months ({Kept}); {Deleted} files deleted")]
    public static partial void RetentionApplied(ILogger logger, int retentionMonths, string kept, int deleted);
}
