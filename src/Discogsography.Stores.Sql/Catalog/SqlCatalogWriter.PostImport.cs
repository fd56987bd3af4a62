using System.Data.Common;
using System.Globalization;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;

namespace Discogsography.Stores.Sql.Catalog;

public sealed partial class SqlCatalogWriter
{
    /// <summary>A stale removal of this share of a table's records or more is refused (the dump is suspect, not the catalog).</summary>
    public const double MaxStaleFraction = 0.9;

    // Releases first: removing them can leave masters, labels and artists unreferenced.
    private static readonly DumpType[] s_removalOrder = [DumpType.Releases, DumpType.Masters, DumpType.Labels, DumpType.Artists];

    /// <inheritdoc />
    public Task<PostImportResult> RunPostImportAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TranslateAsync(() => PostImportAsync(request, cancellationToken), $"running the post-import jobs of {request.Version}");
    }

    private async Task<PostImportResult> PostImportAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(cancellationToken);
        var staleRemoved = new Dictionary<DumpType, long>();
        var skipped = new List<string>();
        foreach (DumpType type in s_removalOrder)
        {
            (long removed, string? reason) = await RemoveStaleAsync(connection, type, request, cancellationToken);
            staleRemoved[type] = removed;
            if (reason is not null)
            {
                skipped.Add($"{type}: {reason}");
                Log.StaleRemovalSkipped(_logger, request.Version, $"{type}: {reason}");
            }
        }

        long placeholders = await RemoveUnreferencedPlaceholdersAsync(connection, cancellationToken);
        await RecomputeCountsAsync(connection, cancellationToken);
        Log.PostImportCompleted(_logger, request.Version, placeholders, staleRemoved.Values.Sum());
        return new PostImportResult(staleRemoved, placeholders, skipped);
    }

    /// <summary>Deletes the type's records (and the links they own) not written since the run started, unless a guard holds.</summary>
    private async Task<(long Removed, string? SkippedReason)> RemoveStaleAsync(
        DbConnection connection, DumpType type, PostImportRequest request, CancellationToken cancellationToken)
    {
        if (request.AnythingDeadLettered)
        {
            return (0, "records of this run were dead-lettered, so absent ones may only have failed");
        }

        if (!request.RecordCounts.TryGetValue(type, out long reported) || reported == 0)
        {
            return (0, "the extraction reported 0 records of this type");
        }

        string table = CatalogTables.EntityTable(type);
        string stale = $"{table}.is_placeholder = FALSE AND {table}.updated_at < @started";
        object started = TimeValue(request.StartedAt);
        long total = await ScalarAsync(connection, null, $"SELECT count(*) FROM {table} WHERE is_placeholder = FALSE", cancellationToken);
        long staleCount = await ScalarAsync(connection, null, $"SELECT count(*) FROM {table} WHERE {stale}", cancellationToken, ("@started", started));
        if (staleCount == 0)
        {
            return (0, null);
        }

        if (staleCount >= MaxStaleFraction * total)
        {
            return (0, string.Create(CultureInfo.InvariantCulture, $"removal of {staleCount} of {total} records refused (at least {MaxStaleFraction:P0})"));
        }

        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach ((string link, string owner) in CatalogTables.OwnedLinks(type))
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {link} WHERE {owner} IN (SELECT id FROM {table} WHERE {stale})", cancellationToken, ("@started", started));
        }

        long removed = await ExecuteAsync(connection, transaction, $"DELETE FROM {table} WHERE {stale}", cancellationToken, ("@started", started));
        await transaction.CommitAsync(cancellationToken);
        return (removed, null);
    }

    /// <summary>Deletes placeholders no link row references any more.</summary>
    private static async Task<long> RemoveUnreferencedPlaceholdersAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        long removed = await ExecuteAsync(
            connection,
            transaction,
            """
            DELETE FROM artists WHERE artists.is_placeholder = TRUE
              AND NOT EXISTS (SELECT 1 FROM release_artists x WHERE x.artist_id = artists.id)
              AND NOT EXISTS (SELECT 1 FROM master_artists x WHERE x.artist_id = artists.id)
              AND NOT EXISTS (SELECT 1 FROM credits x WHERE x.artist_id = artists.id)
              AND NOT EXISTS (SELECT 1 FROM artist_aliases x WHERE x.alias_id = artists.id)
              AND NOT EXISTS (SELECT 1 FROM artist_members x WHERE x.member_id = artists.id)
              AND NOT EXISTS (SELECT 1 FROM artist_groups x WHERE x.group_id = artists.id)
            """,
            cancellationToken);
        removed += await ExecuteAsync(
            connection,
            transaction,
            """
            DELETE FROM labels WHERE labels.is_placeholder = TRUE
              AND NOT EXISTS (SELECT 1 FROM release_labels x WHERE x.label_id = labels.id)
              AND NOT EXISTS (SELECT 1 FROM label_sublabels x WHERE x.sublabel_id = labels.id)
              AND NOT EXISTS (SELECT 1 FROM labels x WHERE x.parent_label_id = labels.id)
            """,
            cancellationToken);
        removed += await ExecuteAsync(
            connection,
            transaction,
            """
            DELETE FROM masters WHERE masters.is_placeholder = TRUE
              AND NOT EXISTS (SELECT 1 FROM releases x WHERE x.master_id = masters.id)
            """,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private async Task RecomputeCountsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        object now = TimeValue(_timeProvider.GetUtcNow());
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (string sql in CatalogCountQueries.All)
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken, ("@now", now));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private object TimeValue(DateTimeOffset value) =>
        _database.Provider == SqlProvider.Sqlite ? SqliteText.Timestamp(value) : value.ToUniversalTime();

    private static async Task<long> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using DbCommand command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using DbCommand command = Command(connection, transaction, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        foreach ((string name, object value) in parameters)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
