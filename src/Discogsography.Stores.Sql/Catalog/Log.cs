using Discogsography.Catalog.Dumps;
using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>Log messages of the relational catalog (event ids 4300–4399).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Debug, Message = "Catalog batch of {Type}: {Written} written, {Unchanged} unchanged")]
    public static partial void BatchWritten(ILogger logger, DumpType type, int written, int unchanged);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Catalog post-import of {Version}: counts recomputed, {PlaceholdersRemoved} placeholders and {StaleRemoved} stale records removed")]
    public static partial void PostImportCompleted(ILogger logger, string version, long placeholdersRemoved, long staleRemoved);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Catalog post-import of {Version}: stale removal skipped: {Reason}")]
    public static partial void StaleRemovalSkipped(ILogger logger, string version, string reason);
}
