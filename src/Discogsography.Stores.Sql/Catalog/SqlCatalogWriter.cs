using System.Data.Common;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Migrations;
using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// The relational catalog's side of ingestion, on PostgreSQL (binary COPY + one set-based merge per batch) or
/// SQLite (prepared statements in one transaction per batch). Records whose SHA-256 the store already holds only
/// have their <c>updated_at</c> touched; references to entities not yet stored become placeholders; a changed
/// record's link rows are replaced.
/// </summary>
public sealed partial class SqlCatalogWriter : ICatalogWriter
{
    /// <summary>The store name: <c>sql</c>.</summary>
    public const string Name = "sql";

    private readonly SqlDatabase _database;
    private readonly SchemaMigrator _migrator;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqlCatalogWriter> _logger;
    private readonly PostgresCatalogBatchWriter? _postgres;
    private readonly SqliteCatalogBatchWriter? _sqlite;

    /// <summary>Creates the writer over the shared database handle.</summary>
    public SqlCatalogWriter(SqlDatabase database, SchemaMigrator migrator, TimeProvider timeProvider, ILogger<SqlCatalogWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _migrator = migrator;
        _timeProvider = timeProvider;
        _logger = logger;
        var tags = new TagCache();
        if (database.Provider == SqlProvider.Postgres)
        {
            _postgres = new PostgresCatalogBatchWriter(database, tags);
        }
        else
        {
            _sqlite = new SqliteCatalogBatchWriter(database, tags);
        }
    }

    /// <inheritdoc />
    public string StoreName => Name;

    /// <inheritdoc />
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await TranslateAsync(() => _migrator.MigrateAsync(cancellationToken), "preparing the catalog schema");
        if (_database.Provider == SqlProvider.Sqlite)
        {
            // Write-ahead logging lets readers (the GraphQL server) run while a batch commits; it is a property of the file.
            await TranslateAsync(
                async () =>
                {
                    await using DbConnection connection = await _database.OpenConnectionAsync(cancellationToken);
                    await using DbCommand command = connection.CreateCommand();
                    command.CommandText = "PRAGMA journal_mode = WAL";
                    return await command.ExecuteScalarAsync(cancellationToken);
                },
                "enabling write-ahead logging");
        }
    }

    /// <inheritdoc />
    public async Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return new WriteBatchResult(0, 0);
        }

        CatalogBatch batch = CatalogBatch.Parse(type, records, _timeProvider.GetUtcNow());
        WriteBatchResult result = await TranslateAsync(
            () => _postgres is not null ? _postgres.WriteAsync(batch, cancellationToken) : _sqlite!.WriteAsync(batch, cancellationToken),
            $"writing a batch of {records.Count} {type}");
        Log.BatchWritten(_logger, type, result.Written, result.Unchanged);
        return result;
    }
}
