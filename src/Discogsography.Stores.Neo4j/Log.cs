using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Neo4j;

/// <summary>The Neo4j store's log messages (event ids 6400–6499). Passwords never appear in them.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6400, Level = LogLevel.Warning, Message = "Neo4j transient failure on {Operation} (attempt {Attempt} of {Attempts}), retrying in {Delay}: {Reason}")]
    public static partial void TransientFailure(ILogger logger, string operation, int attempt, int attempts, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 6401, Level = LogLevel.Error, Message = "Neo4j still failing on {Operation} after {Attempts} attempts: {Reason}")]
    public static partial void RetriesExhausted(ILogger logger, string operation, int attempts, string reason);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Warning, Message = "Neo4j transaction {TransactionId} could not be rolled back: {Reason}")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, string reason);

    [LoggerMessage(EventId = 6403, Level = LogLevel.Information, Message = "Neo4j schema ready at {Address} database {Database}: {Statements} constraint and index statements")]
    public static partial void SchemaReady(ILogger logger, Uri address, string database, int statements);

    [LoggerMessage(EventId = 6404, Level = LogLevel.Debug, Message = "Neo4j {Type} batch: {Written} written, {Unchanged} unchanged")]
    public static partial void BatchWritten(ILogger logger, string type, int written, int unchanged);

    [LoggerMessage(EventId = 6405, Level = LogLevel.Warning, Message = "Neo4j stale {Type} removal skipped: {Reason}")]
    public static partial void StaleRemovalSkipped(ILogger logger, string type, string reason);

    [LoggerMessage(EventId = 6406, Level = LogLevel.Information, Message = "Neo4j post-import for {Version}: {Placeholders} placeholders removed, stale removed {Stale}")]
    public static partial void PostImportDone(ILogger logger, string version, long placeholders, string stale);
}
