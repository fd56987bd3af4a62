using Microsoft.Data.Sqlite;
using Npgsql;

namespace Discogsography.Stores.Sql.Tests.TestSupport;

/// <summary>A fresh, empty database for one test: a temporary SQLite file or a new PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private TestDatabase(SqlProvider provider, string connectionString, Func<Task> cleanup)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanup = cleanup;
    }

    public SqlProvider Provider { get; }

    public string ConnectionString { get; }

    public SqlDatabase Open() => SqlDatabase.Create(Provider, ConnectionString);

    public static Task<TestDatabase> CreateAsync(SqlProvider provider) =>
        provider == SqlProvider.Postgres ? CreatePostgresAsync() : Task.FromResult(CreateSqlite());

    private static TestDatabase CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("discogsography-sql-");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "test.db"), Pooling = false }.ToString();
        return new TestDatabase(SqlProvider.Sqlite, connectionString, () =>
        {
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set.");
        var name = "discogsography_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString();
        return new TestDatabase(SqlProvider.Postgres, connectionString, async () =>
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var database = Open();
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _cleanup();
    }
}
