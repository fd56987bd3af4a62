using System.Data.Common;
using System.Globalization;
using Discogsography.Stores.Sql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Discogsography.Integration.Tests.Ingestion;

/// <summary>A fresh, empty catalog database for one test: a temporary SQLite file or a new PostgreSQL database.</summary>
internal sealed class IntegrationDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "DISCOGSOGRAPHY_TEST_POSTGRES";

    private static readonly HashSet<string> s_clockColumns = new(StringComparer.Ordinal) { "updated_at", "computed_at" };
    private readonly Func<Task> _cleanup;

    private IntegrationDatabase(SqlProvider provider, string connectionString, Func<Task> cleanup)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanup = cleanup;
    }

    public SqlProvider Provider { get; }

    public string ConnectionString { get; }

    public static Task<IntegrationDatabase> CreateAsync(SqlProvider provider) =>
        provider == SqlProvider.Postgres ? CreatePostgresAsync() : Task.FromResult(CreateSqlite());

    /// <summary>A database someone else created and removes (e.g. the server's own file).</summary>
    public static IntegrationDatabase Existing(SqlProvider provider, string connectionString) =>
        new(provider, connectionString, () => Task.CompletedTask);

    private static IntegrationDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("discogsography-e2e-");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "catalog.db"), Pooling = false }.ToString();
        return new IntegrationDatabase(SqlProvider.Sqlite, connectionString, () =>
        {
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<IntegrationDatabase> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable) ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "discogsography_e2e_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString();
        return new IntegrationDatabase(SqlProvider.Postgres, connectionString, async () =>
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>The rows of a query, each as its values joined with tabs.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var database = SqlDatabase.Create(Provider, ConnectionString);
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Row(reader, _ => true));
        }

        return rows;
    }

    /// <summary>
    /// Every catalog table's rows (sorted), leaving out the clock columns (<c>updated_at</c>, <c>computed_at</c>, which a
    /// rerun touches by design), the search index tables (derived) and the migration and dump tracking tables.
    /// </summary>
    public async Task<SortedDictionary<string, List<string>>> DumpCatalogAsync()
    {
        await using var database = SqlDatabase.Create(Provider, ConnectionString);
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = Provider == SqlProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => !t.Contains("_search", StringComparison.Ordinal) && !t.Contains("migration", StringComparison.Ordinal) && t != "dump_processing"))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {table}";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(Row(reader, column => !s_clockColumns.Contains(column)));
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    }

    private static string Row(DbDataReader reader, Func<string, bool> keep) =>
        string.Join('\t', Enumerable.Range(0, reader.FieldCount)
            .Where(i => keep(reader.GetName(i)))
            .Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _cleanup();
    }
}
