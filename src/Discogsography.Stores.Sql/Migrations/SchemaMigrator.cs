using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Sql.Migrations;

/// <summary>
/// Applies the embedded migrations that a database has not seen yet, each in its own transaction, and records
/// them in <c>schema_migrations</c>. Safe to run twice and from two processes at once: on PostgreSQL the run
/// holds a session advisory lock; on SQLite each migration runs in an immediate (write-locked) transaction
/// that re-checks whether it was applied meanwhile.
/// </summary>
public sealed class SchemaMigrator
{
    // An arbitrary constant identifying "Discogsography schema migrations" among advisory locks.
    private const long PostgresAdvisoryLockKey = 0x44697363_6F677301;

    private readonly SqlDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SchemaMigrator> _logger;
    private readonly IReadOnlyList<Migration> _migrations;

    /// <summary>Creates a migrator for the database's provider with the embedded scripts.</summary>
    public SchemaMigrator(SqlDatabase database, TimeProvider timeProvider, ILogger<SchemaMigrator> logger)
        : this(database, timeProvider, logger, MigrationCatalog.For(database.Provider))
    {
    }

    internal SchemaMigrator(SqlDatabase database, TimeProvider timeProvider, ILogger<SchemaMigrator> logger, IReadOnlyList<Migration> migrations)
    {
        _database = database;
        _timeProvider = timeProvider;
        _logger = logger;
        _migrations = migrations;
    }

    /// <summary>Applies every pending migration; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var locked = false;
        try
        {
            if (_database.Provider == SqlProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresAdvisoryLockKey})", cancellationToken);
                locked = true;
            }

            await ExecuteAsync(connection, null, CreateHistoryTableSql(), cancellationToken);
            var applied = new List<int>();
            foreach (var migration in _migrations)
            {
                if (await ApplyAsync(connection, migration, cancellationToken))
                {
                    applied.Add(migration.Version);
                }
            }

            Log.MigrationsChecked(_logger, _database.Provider, _migrations.Count, applied.Count);
            return applied;
        }
        finally
        {
            if (locked)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresAdvisoryLockKey})", CancellationToken.None);
            }
        }
    }

    private async Task<bool> ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE transactions, so the check below cannot race another writer.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var recordedChecksum = await FindAppliedChecksumAsync(connection, transaction, migration.Version, cancellationToken);
        if (recordedChecksum is not null)
        {
            if (!string.Equals(recordedChecksum, migration.Checksum, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead.");
            }

            return false;
        }

        await ExecuteAsync(connection, transaction, migration.Script, cancellationToken);
        await using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @applied_at)";
            AddParameter(record, "version", migration.Version);
            AddParameter(record, "name", migration.Name);
            AddParameter(record, "checksum", migration.Checksum);
            AddParameter(record, "applied_at", _timeProvider.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Log.MigrationApplied(_logger, _database.Provider, migration.Version, migration.Name);
        return true;
    }

    private static async Task<string?> FindAppliedChecksumAsync(DbConnection connection, DbTransaction transaction, int version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT checksum FROM schema_migrations WHERE version = @version";
        AddParameter(command, "version", version);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? null : (string)result;
    }

    private string CreateHistoryTableSql() => _database.Provider == SqlProvider.Postgres
        ? "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL)"
        : "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
