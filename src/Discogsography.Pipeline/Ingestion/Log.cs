using Discogsography.Catalog.Dumps;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>Log messages of ingestion (event ids 5300–5399).</summary>
internal static partial class Log
{
    [LoggerMessage(5300, LogLevel.Information, "Ingesting into {Store}: consuming {QueueCount} queues")]
    public static partial void Started(ILogger logger, string store, int queueCount);

    [LoggerMessage(5301, LogLevel.Debug, "{Queue}: wrote {Written}, unchanged {Unchanged}, dead-lettered {DeadLettered} of {Records} records from {Messages} messages")]
    public static partial void BatchWritten(ILogger logger, string queue, int written, int unchanged, int deadLettered, int records, int messages);

    [LoggerMessage(5302, LogLevel.Warning, "{Queue}: the store is unavailable (attempt {Attempt}); retrying in {Delay}")]
    public static partial void TransientFailure(ILogger logger, string queue, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(5303, LogLevel.Warning, "{Queue}: record {RecordId} was refused by the store and sent to the dead-letter queue: {Reason}")]
    public static partial void RecordDeadLettered(ILogger logger, string queue, long recordId, string reason);

    [LoggerMessage(5304, LogLevel.Warning, "{Queue}: an unreadable message was sent to the dead-letter queue: {Reason}")]
    public static partial void MessageDeadLettered(ILogger logger, string queue, string reason);

    [LoggerMessage(5305, LogLevel.Error, "{Queue}: handling a batch of {Messages} messages failed; they go back to the queue")]
    public static partial void BatchFailed(ILogger logger, string queue, int messages, Exception exception);

    [LoggerMessage(5306, LogLevel.Warning, "{Queue}: acknowledging a message failed (it will be delivered again and skipped as unchanged)")]
    public static partial void AckFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(5307, LogLevel.Information, "{Queue}: file {File} complete ({TotalRecords} records)")]
    public static partial void FileComplete(ILogger logger, string queue, string file, long totalRecords);

    [LoggerMessage(5308, LogLevel.Information, "{Store}: extraction of {Version} complete for {DataType} ({Seen} of 4 types)")]
    public static partial void ExtractionCompleteSeen(ILogger logger, string store, string version, DumpType dataType, int seen);

    [LoggerMessage(5309, LogLevel.Information, "{Store}: post-import of {Version} done: {StaleRemoved} stale records and {PlaceholdersRemoved} placeholders removed; skipped removals: {Skipped}")]
    public static partial void PostImportDone(ILogger logger, string store, string version, long staleRemoved, long placeholdersRemoved, string skipped);

    [LoggerMessage(5310, LogLevel.Error, "{Store}: post-import of {Version} failed")]
    public static partial void PostImportFailed(ILogger logger, string store, string version, Exception exception);

    [LoggerMessage(5311, LogLevel.Warning, "{Store}: the store is unavailable for {Operation} (attempt {Attempt}); retrying in {Delay}")]
    public static partial void StoreRetry(ILogger logger, string store, string operation, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(5312, LogLevel.Warning, "No catalog writer is registered: ingestion does nothing")]
    public static partial void NoWriters(ILogger logger);
}
