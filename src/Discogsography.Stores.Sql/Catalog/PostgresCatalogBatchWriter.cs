using System.Collections.Concurrent;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Catalog.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// PostgreSQL's batch path: one transaction that reads the stored hashes, touches unchanged rows' <c>updated_at</c>,
/// binary-COPYs the changed entity rows into a temporary staging table and merges them with one
/// <c>INSERT … ON CONFLICT</c>, replaces their link rows (DELETE by owner, then binary COPY), and adds placeholders.
/// </summary>
internal sealed partial class PostgresCatalogBatchWriter
{
    private readonly SqlDatabase _database;
    private readonly TagCache _tags;

    public PostgresCatalogBatchWriter(SqlDatabase database, TagCache tags)
    {
        _database = database;
        _tags = tags;
    }

    public async Task<WriteBatchResult> WriteAsync(CatalogBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = (NpgsqlConnection)await _database.OpenConnectionAsync(cancellationToken);
        await ResolveTagsAsync(connection, batch, cancellationToken);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        string table = CatalogTables.EntityTable(batch.Type);
        long[] ids = batch.Ids;
        HashSet<long> unchanged = await FindUnchangedAsync(connection, table, batch, ids, cancellationToken);
        if (unchanged.Count > 0)
        {
            await ExecuteAsync(
                connection,
                $"UPDATE {table} SET updated_at = $1 WHERE id = ANY($2)",
                cancellationToken,
                new NpgsqlParameter { Value = batch.Now, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { Value = unchanged.Order().ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            batch.RemoveUnchanged(unchanged);
        }

        int written = batch.Records.Count;
        if (written > 0)
        {
            long[] changed = batch.Ids;
            await UpsertEntitiesAsync(connection, batch, cancellationToken);
            foreach ((string link, string owner) in CatalogTables.OwnedLinks(batch.Type))
            {
                await ExecuteAsync(
                    connection,
                    $"DELETE FROM {link} WHERE {owner} = ANY($1)",
                    cancellationToken,
                    new NpgsqlParameter { Value = changed, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            }

            await CopyLinksAsync(connection, batch, cancellationToken);
        }

        await AddPlaceholdersAsync(connection, "artists", "name", batch.ArtistReferences, batch.Now, cancellationToken);
        await AddPlaceholdersAsync(connection, "labels", "name", batch.LabelReferences, batch.Now, cancellationToken);
        await AddPlaceholdersAsync(connection, "masters", "title", batch.MasterReferences, batch.Now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteBatchResult(written, unchanged.Count);
    }

    private static async Task<HashSet<long>> FindUnchangedAsync(
        NpgsqlConnection connection, string table, CatalogBatch batch, long[] ids, CancellationToken cancellationToken)
    {
        var unchanged = new HashSet<long>();
        await using var command = new NpgsqlCommand($"SELECT id, sha256 FROM {table} WHERE id = ANY($1) AND NOT is_placeholder", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long id = reader.GetInt64(0);
            if (!reader.IsDBNull(1) && string.Equals(reader.GetString(1), batch.Records[id].Sha256, StringComparison.Ordinal))
            {
                unchanged.Add(id);
            }
        }

        return unchanged;
    }

    private async Task UpsertEntitiesAsync(NpgsqlConnection connection, CatalogBatch batch, CancellationToken cancellationToken)
    {
        switch (batch.Type)
        {
            case DumpType.Artists:
                await MergeAsync(connection, CatalogTables.Artists, batch.Artists, cancellationToken);
                break;
            case DumpType.Labels:
                await MergeAsync(connection, CatalogTables.Labels, batch.Labels, cancellationToken);
                break;
            case DumpType.Masters:
                await MergeAsync(connection, CatalogTables.Masters, batch.Masters, cancellationToken);
                break;
            default:
                await MergeAsync(connection, CatalogTables.Releases, batch.Releases, cancellationToken);
                break;
        }
    }

    /// <summary>COPY into a session-private staging table emptied at commit, then one ordered upsert (ordered, so concurrent batches lock rows in the same order).</summary>
    private static async Task MergeAsync<T>(NpgsqlConnection connection, CatalogTable<T> table, List<T> rows, CancellationToken cancellationToken)
    {
        string stage = "stage_" + table.Name;
        await ExecuteAsync(connection, $"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table.Name}) ON COMMIT DELETE ROWS", cancellationToken);
        await CopyAsync(connection, stage, table, rows, cancellationToken);
        string updates = string.Join(", ", table.Columns.Skip(1).Select(c => $"{c.Name} = excluded.{c.Name}"));
        await ExecuteAsync(
            connection,
            $"INSERT INTO {table.Name} ({table.ColumnList}) SELECT {table.ColumnList} FROM {stage} ORDER BY id ON CONFLICT (id) DO UPDATE SET {updates}",
            cancellationToken);
    }

    private async Task CopyLinksAsync(NpgsqlConnection connection, CatalogBatch batch, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, CatalogTables.ArtistAliases, batch.ArtistAliases, cancellationToken);
        await CopyAsync(connection, CatalogTables.ArtistMembers, batch.ArtistMembers, cancellationToken);
        await CopyAsync(connection, CatalogTables.ArtistGroups, batch.ArtistGroups, cancellationToken);
        await CopyAsync(connection, CatalogTables.LabelSublabels, batch.LabelSublabels, cancellationToken);
        await CopyAsync(connection, CatalogTables.MasterArtists, batch.MasterArtists, cancellationToken);
        await CopyAsync(
            connection,
            CatalogTables.MasterGenres,
            [.. batch.MasterGenres.Select(l => new MasterGenreRow { MasterId = l.OwnerId, GenreId = _tags.Genres[l.Name] })],
            cancellationToken);
        await CopyAsync(
            connection,
            CatalogTables.MasterStyles,
            [.. batch.MasterStyles.Select(l => new MasterStyleRow { MasterId = l.OwnerId, StyleId = _tags.Styles[l.Name] })],
            cancellationToken);
        await CopyAsync(connection, CatalogTables.ReleaseArtists, batch.ReleaseArtists, cancellationToken);
        await CopyAsync(connection, CatalogTables.ReleaseLabels, batch.ReleaseLabels, cancellationToken);
        await CopyAsync(
            connection,
            CatalogTables.ReleaseGenres,
            [.. batch.ReleaseGenres.Select(l => new ReleaseGenreRow { ReleaseId = l.OwnerId, GenreId = _tags.Genres[l.Name], Year = l.Year })],
            cancellationToken);
        await CopyAsync(
            connection,
            CatalogTables.ReleaseStyles,
            [.. batch.ReleaseStyles.Select(l => new ReleaseStyleRow { ReleaseId = l.OwnerId, StyleId = _tags.Styles[l.Name], Year = l.Year })],
            cancellationToken);
        await CopyAsync(connection, CatalogTables.ReleaseFormats, batch.ReleaseFormats, cancellationToken);
        await CopyAsync(connection, CatalogTables.Credits, batch.Credits, cancellationToken);
        await CopyAsync(connection, CatalogTables.Tracks, batch.Tracks, cancellationToken);
    }

    private static Task CopyAsync<T>(NpgsqlConnection connection, CatalogTable<T> table, List<T> rows, CancellationToken cancellationToken) =>
        CopyAsync(connection, table.Name, table, rows, cancellationToken);

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, CatalogTable<T> table, List<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(
            $"COPY {target} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        IReadOnlyList<CatalogColumn<T>> columns = table.Columns;
        foreach (T row in rows)
        {
            // Sync writes only fill Npgsql's buffer (flushing when full); per-value awaits would dominate the cost.
            importer.StartRow();
            for (int i = 0; i < columns.Count; i++)
            {
                object? value = columns[i].Value(row);
                if (value is null)
                {
                    importer.WriteNull();
                }
                else
                {
                    importer.Write(value, columns[i].Type);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task AddPlaceholdersAsync(
        NpgsqlConnection connection, string table, string nameColumn, SortedDictionary<long, string?> references, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (references.Count == 0)
        {
            return;
        }

        await ExecuteAsync(
            connection,
            $"""
             INSERT INTO {table} (id, {nameColumn}, is_placeholder, updated_at)
             SELECT r.id, r.name, true, $3 FROM unnest($1::bigint[], $2::text[]) AS r (id, name) ORDER BY r.id
             ON CONFLICT (id) DO NOTHING
             """,
            cancellationToken,
            new NpgsqlParameter { Value = references.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
            new NpgsqlParameter { Value = references.Values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
            new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
    }

    /// <summary>Inserts unseen genre and style names outside the batch transaction and caches the committed ids.</summary>
    private async Task ResolveTagsAsync(NpgsqlConnection connection, CatalogBatch batch, CancellationToken cancellationToken)
    {
        await ResolveAsync(connection, "genres", _tags.Genres, TagCache.Missing(_tags.Genres, batch.MasterGenres.Concat(batch.ReleaseGenres)), cancellationToken);
        await ResolveAsync(connection, "styles", _tags.Styles, TagCache.Missing(_tags.Styles, batch.MasterStyles.Concat(batch.ReleaseStyles)), cancellationToken);
    }

    private static async Task ResolveAsync(
        NpgsqlConnection connection, string table, ConcurrentDictionary<string, int> cache, string[] names, CancellationToken cancellationToken)
    {
        if (names.Length == 0)
        {
            return;
        }

        var parameter = new NpgsqlParameter { Value = names, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
        await ExecuteAsync(connection, $"INSERT INTO {table} (name) SELECT n FROM unnest($1::text[]) AS n ORDER BY n ON CONFLICT (name) DO NOTHING", cancellationToken, parameter);
        await using var command = new NpgsqlCommand($"SELECT id, name FROM {table} WHERE name = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = names, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cache[reader.GetString(1)] = reader.GetInt32(0);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
