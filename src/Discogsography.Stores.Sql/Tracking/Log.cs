using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Sql.Tracking;

/// <summary>Log messages of dump tracking (event ids 4200–4299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Tracking dump {YearMonth} (version {DumpVersion})")]
    public static partial void DumpTracked(ILogger logger, string yearMonth, string dumpVersion);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Dump {YearMonth}: {From} -> {To} (retries {RetryCount})")]
    public static partial void DumpStatusChanged(ILogger logger, string yearMonth, DumpStatus from, DumpStatus to, int retryCount);
}
