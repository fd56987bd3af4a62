using System.Net.Sockets;
using Discogsography.Catalog.Ingestion;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Discogsography.Stores.Sql.Catalog;

public sealed partial class SqlCatalogWriter
{
    // SQLite primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL.
    private static readonly int[] s_transientSqliteCodes = [5, 6, 10, 13, 14, 15];

    /// <summary>
    /// Runs a store operation, turning failures the store may recover from (connection loss, timeouts, deadlocks,
    /// serialization failures, a busy or locked file) into <see cref="TransientStoreException"/> and data the store
    /// rejects into <see cref="InvalidRecordException"/>.
    /// </summary>
    internal static async Task<T> TranslateAsync<T>(Func<Task<T>> operation, string what)
    {
        try
        {
            return await operation();
        }
        catch (Exception e) when (IsTransient(e))
        {
            throw new TransientStoreException($"The relational store failed while {what}: {e.Message}", e);
        }
        catch (Exception e) when (IsBadData(e))
        {
            throw new InvalidRecordException($"The relational store rejected a record while {what}: {e.Message}", null, e);
        }
    }

    internal static bool IsTransient(Exception error) => error switch
    {
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable
            || postgres.SqlState is PostgresErrorCodes.UniqueViolation // a concurrent writer inserted the same placeholder first
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || postgres.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources
            || postgres.SqlState.StartsWith("57", StringComparison.Ordinal), // operator intervention (shutdown, cancel)
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is IOException or SocketException or TimeoutException,
        SqliteException sqlite => s_transientSqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF),
        TimeoutException or SocketException or IOException => true,
        _ => false,
    };

    private static bool IsBadData(Exception error) => error switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("22", StringComparison.Ordinal) // data exceptions (e.g. a NUL character in text)
            || postgres.SqlState.StartsWith("23", StringComparison.Ordinal), // integrity constraint violations
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is 18 or 19 or 20 or 25, // TOOBIG, CONSTRAINT, MISMATCH, RANGE
        _ => false,
    };
}
