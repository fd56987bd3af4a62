using Discogsography.Stores.Sql.Tracking;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>Log messages of the dump scheduler (event ids 3300–3399).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3300, Level = LogLevel.Information, Message = "Dump check starting")]
    public static partial void CheckStarting(ILogger logger);

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Dump check skipped: a check is already running")]
    public static partial void CheckSkippedWhileRunning(ILogger logger);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Error, Message = "Dump check failed")]
    public static partial void CheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Information, Message = "Dump check ended ({Outcome}); next check in {Interval}")]
    public static partial void NextCheck(ILogger logger, DumpCheckOutcome outcome, TimeSpan interval);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "Dump scheduler stopped")]
    public static partial void SchedulerStopped(ILogger logger);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Warning, Message = "No complete dump is available")]
    public static partial void NoDumpAvailable(ILogger logger);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Information, Message = "Dump {Month} is already completed: skipped")]
    public static partial void AlreadyCompleted(ILogger logger, string month);

    [LoggerMessage(EventId = 3307, Level = LogLevel.Warning, Message = "Dump {Month} failed after {Retries} retries and is not retried again; last error: {LastError}")]
    public static partial void RetriesExhausted(ILogger logger, string month, int retries, string? lastError);

    [LoggerMessage(EventId = 3308, Level = LogLevel.Warning, Message = "Dump {Month} was left {Status} by an earlier run: recording it as failed")]
    public static partial void InterruptedRunFound(ILogger logger, string month, DumpStatus status);

    [LoggerMessage(EventId = 3309, Level = LogLevel.Information, Message = "Dump {Month} (version {Version}) starting (retry {IsRetry}, earlier retries {Retries})")]
    public static partial void RunStarting(ILogger logger, string month, string version, bool isRetry, int retries);

    [LoggerMessage(EventId = 3310, Level = LogLevel.Information, Message = "Dump {Month} completed")]
    public static partial void RunCompleted(ILogger logger, string month);

    [LoggerMessage(EventId = 3311, Level = LogLevel.Error, Message = "Dump {Month} failed")]
    public static partial void RunFailed(ILogger logger, string month, Exception exception);

    [LoggerMessage(EventId = 3312, Level = LogLevel.Warning, Message = "Dump {Month}: the failure could not be recorded: {Reason}")]
    public static partial void FailureNotRecorded(ILogger logger, string month, string reason);
}
