using System.Collections.Concurrent;
using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Catalog.Entities;
using Microsoft.Data.Sqlite;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// SQLite's batch path: one immediate (write-locked) transaction per batch with prepared statements reused for
/// every row: hash lookup, <c>updated_at</c> touch of unchanged rows, upsert of changed rows, replacement of
/// their link rows, placeholders. The FTS5 search tables follow through the migration's triggers.
/// </summary>
internal sealed class SqliteCatalogBatchWriter
{
    private readonly SqlDatabase _database;
    private readonly TagCache _tags;

    public SqliteCatalogBatchWriter(SqlDatabase database, TagCache tags)
    {
        _database = database;
        _tags = tags;
    }

    public async Task<WriteBatchResult> WriteAsync(CatalogBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = (SqliteConnection)await _database.OpenConnectionAsync(cancellationToken);
        Execute(connection, null, "PRAGMA synchronous = NORMAL");
        ResolveTags(connection, batch);
        await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        string table = CatalogTables.EntityTable(batch.Type);
        HashSet<long> unchanged = FindUnchanged(connection, transaction, table, batch);
        if (unchanged.Count > 0)
        {
            Execute(
                connection,
                transaction,
                $"UPDATE {table} SET updated_at = $now WHERE id IN (SELECT value FROM json_each($ids))",
                ("$now", SqliteText.Timestamp(batch.Now)),
                ("$ids", JsonSerializer.Serialize(unchanged.Order().ToArray())));
            batch.RemoveUnchanged(unchanged);
        }

        int written = batch.Records.Count;
        if (written > 0)
        {
            string changed = JsonSerializer.Serialize(batch.Ids);
            UpsertEntities(connection, transaction, batch);
            foreach ((string link, string owner) in CatalogTables.OwnedLinks(batch.Type))
            {
                Execute(connection, transaction, $"DELETE FROM {link} WHERE {owner} IN (SELECT value FROM json_each($ids))", ("$ids", changed));
            }

            InsertLinks(connection, transaction, batch);
        }

        AddPlaceholders(connection, transaction, "artists", "name", batch.ArtistReferences, batch.Now);
        AddPlaceholders(connection, transaction, "labels", "name", batch.LabelReferences, batch.Now);
        AddPlaceholders(connection, transaction, "masters", "title", batch.MasterReferences, batch.Now);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return new WriteBatchResult(written, unchanged.Count);
    }

    private static HashSet<long> FindUnchanged(SqliteConnection connection, SqliteTransaction transaction, string table, CatalogBatch batch)
    {
        var unchanged = new HashSet<long>();
        using SqliteCommand command = Command(
            connection,
            transaction,
            $"SELECT id, sha256 FROM {table} WHERE id IN (SELECT value FROM json_each($ids)) AND is_placeholder = 0",
            ("$ids", JsonSerializer.Serialize(batch.Ids)));
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            long id = reader.GetInt64(0);
            if (!reader.IsDBNull(1) && string.Equals(reader.GetString(1), batch.Records[id].Sha256, StringComparison.Ordinal))
            {
                unchanged.Add(id);
            }
        }

        return unchanged;
    }

    private static void UpsertEntities(SqliteConnection connection, SqliteTransaction transaction, CatalogBatch batch)
    {
        switch (batch.Type)
        {
            case DumpType.Artists:
                Upsert(connection, transaction, CatalogTables.Artists, batch.Artists);
                break;
            case DumpType.Labels:
                Upsert(connection, transaction, CatalogTables.Labels, batch.Labels);
                break;
            case DumpType.Masters:
                Upsert(connection, transaction, CatalogTables.Masters, batch.Masters);
                break;
            default:
                Upsert(connection, transaction, CatalogTables.Releases, batch.Releases);
                break;
        }
    }

    private static void Upsert<T>(SqliteConnection connection, SqliteTransaction transaction, CatalogTable<T> table, List<T> rows)
    {
        string updates = string.Join(", ", table.Columns.Skip(1).Select(c => $"{c.Name} = excluded.{c.Name}"));
        InsertRows(connection, transaction, table, rows, $"ON CONFLICT (id) DO UPDATE SET {updates}");
    }

    private void InsertLinks(SqliteConnection connection, SqliteTransaction transaction, CatalogBatch batch)
    {
        InsertRows(connection, transaction, CatalogTables.ArtistAliases, batch.ArtistAliases);
        InsertRows(connection, transaction, CatalogTables.ArtistMembers, batch.ArtistMembers);
        InsertRows(connection, transaction, CatalogTables.ArtistGroups, batch.ArtistGroups);
        InsertRows(connection, transaction, CatalogTables.LabelSublabels, batch.LabelSublabels);
        InsertRows(connection, transaction, CatalogTables.MasterArtists, batch.MasterArtists);
        InsertRows(
            connection,
            transaction,
            CatalogTables.MasterGenres,
            [.. batch.MasterGenres.Select(l => new MasterGenreRow { MasterId = l.OwnerId, GenreId = _tags.Genres[l.Name] })]);
        InsertRows(
            connection,
            transaction,
            CatalogTables.MasterStyles,
            [.. batch.MasterStyles.Select(l => new MasterStyleRow { MasterId = l.OwnerId, StyleId = _tags.Styles[l.Name] })]);
        InsertRows(connection, transaction, CatalogTables.ReleaseArtists, batch.ReleaseArtists);
        InsertRows(connection, transaction, CatalogTables.ReleaseLabels, batch.ReleaseLabels);
        InsertRows(
            connection,
            transaction,
            CatalogTables.ReleaseGenres,
            [.. batch.ReleaseGenres.Select(l => new ReleaseGenreRow { ReleaseId = l.OwnerId, GenreId = _tags.Genres[l.Name], Year = l.Year })]);
        InsertRows(
            connection,
            transaction,
            CatalogTables.ReleaseStyles,
            [.. batch.ReleaseStyles.Select(l => new ReleaseStyleRow { ReleaseId = l.OwnerId, StyleId = _tags.Styles[l.Name], Year = l.Year })]);
        InsertRows(connection, transaction, CatalogTables.ReleaseFormats, batch.ReleaseFormats);
        InsertRows(connection, transaction, CatalogTables.Credits, batch.Credits);
        InsertRows(connection, transaction, CatalogTables.Tracks, batch.Tracks);
    }

    /// <summary>One prepared INSERT, its parameters rebound for every row.</summary>
    private static void InsertRows<T>(SqliteConnection connection, SqliteTransaction transaction, CatalogTable<T> table, List<T> rows, string suffix = "")
    {
        if (rows.Count == 0)
        {
            return;
        }

        IReadOnlyList<CatalogColumn<T>> columns = table.Columns;
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))}) {suffix}";
        var parameters = new SqliteParameter[columns.Count];
        for (int i = 0; i < columns.Count; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value));
        }

        command.Prepare();
        foreach (T row in rows)
        {
            for (int i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = SqliteText.Value(columns[i].Value(row));
            }

            command.ExecuteNonQuery();
        }
    }

    private static void AddPlaceholders(
        SqliteConnection connection, SqliteTransaction transaction, string table, string nameColumn, SortedDictionary<long, string?> references, DateTimeOffset now)
    {
        if (references.Count == 0)
        {
            return;
        }

        using SqliteCommand command = Command(
            connection,
            transaction,
            $"INSERT INTO {table} (id, {nameColumn}, is_placeholder, updated_at) VALUES ($id, $name, 1, $now) ON CONFLICT (id) DO NOTHING",
            ("$id", 0L),
            ("$name", null),
            ("$now", SqliteText.Timestamp(now)));
        command.Prepare();
        foreach ((long id, string? name) in references)
        {
            command.Parameters[0].Value = id;
            command.Parameters[1].Value = (object?)name ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts unseen genre and style names outside the batch transaction and caches the committed ids.</summary>
    private void ResolveTags(SqliteConnection connection, CatalogBatch batch)
    {
        Resolve(connection, "genres", _tags.Genres, TagCache.Missing(_tags.Genres, batch.MasterGenres.Concat(batch.ReleaseGenres)));
        Resolve(connection, "styles", _tags.Styles, TagCache.Missing(_tags.Styles, batch.MasterStyles.Concat(batch.ReleaseStyles)));
    }

    private static void Resolve(SqliteConnection connection, string table, ConcurrentDictionary<string, int> cache, string[] names)
    {
        if (names.Length == 0)
        {
            return;
        }

        string json = JsonSerializer.Serialize(names);
        Execute(connection, null, $"INSERT INTO {table} (name) SELECT value FROM json_each($names) ORDER BY value ON CONFLICT (name) DO NOTHING", ("$names", json));
        using SqliteCommand command = Command(connection, null, $"SELECT id, name FROM {table} WHERE name IN (SELECT value FROM json_each($names))", ("$names", json));
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            cache[reader.GetString(1)] = reader.GetInt32(0);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using SqliteCommand command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }
}
