using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>Log messages of dump discovery (event ids 3100–3199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "The data site page {Address} lists no year folders")]
    public static partial void NoYearsListed(ILogger logger, Uri address);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "The data site lists no dump files for {Year}")]
    public static partial void NoFilesListed(ILogger logger, int year);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Dump {Version} is incomplete (needs four data files and a CHECKSUM file): skipped")]
    public static partial void IncompleteMonthSkipped(ILogger logger, string version);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "No complete dump found in {Years}")]
    public static partial void NoCompleteDump(ILogger logger, string years);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Newest complete dump: {Version}")]
    public static partial void NewestDump(ILogger logger, string version);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Checksum file {Path} cannot be read: {Error}")]
    public static partial void ChecksumUnreadable(ILogger logger, string path, string error);
}
