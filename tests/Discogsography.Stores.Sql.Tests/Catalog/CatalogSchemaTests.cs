using System.Data.Common;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Sql.Tests.Catalog;

public sealed class CatalogSchemaTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public Task Migrate_EmptySqlite_EveryEntityMatchesItsTable() => EveryEntityMatchesItsTable(SqlProvider.Sqlite);

    [PostgresFact]
    public Task Migrate_EmptyPostgres_EveryEntityMatchesItsTable() => EveryEntityMatchesItsTable(SqlProvider.Postgres);

    [Fact]
    public async Task Migrate_Sqlite_SearchTableFindsNamesWithoutAccentsOrCase()
    {
        await using var test = await TestDatabase.CreateAsync(SqlProvider.Sqlite);
        await using var database = test.Open();
        await new SchemaMigrator(database, Clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await ExecuteAsync(database, "INSERT INTO artists (id, name, updated_at) VALUES (1, 'Sigur Rós', 'x'), (2, 'Björk', 'x')");
        await ExecuteAsync(database, "UPDATE artists SET name = 'Björk Guðmundsdóttir' WHERE id = 2");

        Assert.Equal(1, await test.CountAsync("SELECT rowid FROM artists_search WHERE artists_search MATCH 'ros'"));
        Assert.Equal(2, await test.CountAsync("SELECT rowid FROM artists_search WHERE artists_search MATCH 'BJOR*'"));
        Assert.Equal(2, await test.CountAsync("SELECT rowid FROM artists_search WHERE artists_search MATCH 'guðmundsdottir'"));
    }

    [PostgresFact]
    public async Task Migrate_Postgres_FoldedTrigramAndFullTextSearchMatchWithoutAccents()
    {
        await using var test = await TestDatabase.CreateAsync(SqlProvider.Postgres);
        await using var database = test.Open();
        await new SchemaMigrator(database, Clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await ExecuteAsync(database, "INSERT INTO artists (id, name, updated_at) VALUES (1, 'Sigur Rós', now()), (2, 'Björk', now())");

        Assert.Equal(2, await test.CountAsync("SELECT id FROM artists WHERE catalog_fold(name) LIKE '%' || catalog_fold('BJÖR') || '%'"));
        Assert.Equal(1, await test.CountAsync(
            "SELECT id FROM artists WHERE to_tsvector('simple'::regconfig, catalog_fold(coalesce(name, ''))) @@ to_tsquery('simple', catalog_fold('ros'))"));
    }

    private static async Task EveryEntityMatchesItsTable(SqlProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var database = test.Open())
        {
            await new SchemaMigrator(database, Clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }

        await using var context = CatalogDbContext.Create(provider, test.ConnectionString);
        await using var connection = await test.Open().OpenConnectionAsync(CancellationToken.None);
        IEntityType[] entities = [.. context.Model.GetEntityTypes()];
        Assert.Equal(26, entities.Length);
        foreach (IEntityType entity in entities)
        {
            string table = entity.GetTableName()!;
            Dictionary<string, Column> columns = await ColumnsAsync(connection, provider, table);
            Assert.True(columns.Count > 0, $"table {table} is missing");
            var storeObject = StoreObjectIdentifier.Table(table);
            foreach (IProperty property in entity.GetProperties())
            {
                string name = property.GetColumnName(storeObject)!;
                Assert.True(columns.TryGetValue(name, out Column? column), $"{table}.{name} is missing");
                Assert.Equal(ExpectedType(provider, property.ClrType), column.Type);
                Assert.True(property.IsNullable == column.Nullable, $"{table}.{name}: nullable {property.IsNullable} in the model, {column.Nullable} in the database");
            }

            Assert.Equal(entity.GetProperties().Count(), columns.Count);
            Assert.Equal(entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(storeObject)), columns.Values.Where(c => c.KeyOrdinal > 0).OrderBy(c => c.KeyOrdinal).Select(c => c.Name));
        }

        // EF's own SQL runs against every table.
        Assert.Empty(await context.Artists.ToListAsync());
        Assert.Empty(await context.Releases.Where(r => r.Year > 1990).ToListAsync());
        Assert.Empty(await context.ReleaseArtists.Where(r => r.ArtistId == 1).OrderBy(r => r.Year).ToListAsync());
        Assert.Empty(await context.Credits.ToListAsync());
        Assert.Empty(await context.Tracks.ToListAsync());
        Assert.Empty(await context.GenreStats.ToListAsync());
    }

    private static string ExpectedType(SqlProvider provider, Type clrType)
    {
        Type type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (provider == SqlProvider.Sqlite)
        {
            return type == typeof(string) || type == typeof(DateTimeOffset) ? "TEXT" : "INTEGER";
        }

        return type switch
        {
            _ when type == typeof(long) => "bigint",
            _ when type == typeof(int) => "integer",
            _ when type == typeof(short) => "smallint",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(string) => "text",
            _ when type == typeof(DateTimeOffset) => "timestamp with time zone",
            _ => throw new InvalidOperationException($"no expected column type for {type}"),
        };
    }

    private sealed record Column(string Name, string Type, bool Nullable, int KeyOrdinal);

    private static async Task<Dictionary<string, Column>> ColumnsAsync(DbConnection connection, SqlProvider provider, string table)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = provider == SqlProvider.Sqlite
            ? $"SELECT name, type, \"notnull\" = 0, pk FROM pragma_table_info('{table}')"
            : $"""
              SELECT c.column_name, c.data_type, c.is_nullable = 'YES',
                     coalesce((SELECT k.ordinal_position FROM information_schema.key_column_usage k
                               JOIN information_schema.table_constraints t ON t.constraint_name = k.constraint_name AND t.table_name = k.table_name
                               WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name AND k.column_name = c.column_name), 0)
              FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = '{table}'
              """;
        var columns = new Dictionary<string, Column>(StringComparer.Ordinal);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var column = new Column(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture));
            columns[column.Name] = column;
        }

        return columns;
    }

    private static async Task ExecuteAsync(SqlDatabase database, string sql)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
