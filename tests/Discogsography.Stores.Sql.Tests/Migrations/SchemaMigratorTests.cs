using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Sql.Tests.Migrations;

public sealed class SchemaMigratorTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public Task MigrateAsync_RunTwiceOnSqlite_AppliesEachMigrationOnce() => RunTwiceAppliesOnce(SqlProvider.Sqlite);

    [PostgresFact]
    public Task MigrateAsync_RunTwiceOnPostgres_AppliesEachMigrationOnce() => RunTwiceAppliesOnce(SqlProvider.Postgres);

    [Fact]
    public Task MigrateAsync_TwoConcurrentRunsOnSqlite_ApplyEachMigrationOnce() => ConcurrentRunsApplyOnce(SqlProvider.Sqlite);

    [PostgresFact]
    public Task MigrateAsync_TwoConcurrentRunsOnPostgres_ApplyEachMigrationOnce() => ConcurrentRunsApplyOnce(SqlProvider.Postgres);

    [Fact]
    public Task MigrateAsync_FailingScriptOnSqlite_RollsBackThatMigrationOnly() => FailingScriptRollsBack(SqlProvider.Sqlite);

    [PostgresFact]
    public Task MigrateAsync_FailingScriptOnPostgres_RollsBackThatMigrationOnly() => FailingScriptRollsBack(SqlProvider.Postgres);

    [Fact]
    public async Task MigrateAsync_ScriptChangedAfterApplied_Throws()
    {
        await using var test = await TestDatabase.CreateAsync(SqlProvider.Sqlite);
        await using var database = test.Open();
        await Migrator(database, [Script(1, "CREATE TABLE first_table (x INTEGER)")]).MigrateAsync(CancellationToken.None);

        var changed = Migrator(database, [Script(1, "CREATE TABLE first_table (x INTEGER, y INTEGER)")]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => changed.MigrateAsync(CancellationToken.None));
        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_EachProvider_HasTheSameVersionsAndNames()
    {
        var sqlite = MigrationCatalog.For(SqlProvider.Sqlite).Select(m => (m.Version, m.Name)).ToList();
        var postgres = MigrationCatalog.For(SqlProvider.Postgres).Select(m => (m.Version, m.Name)).ToList();

        Assert.Equal(sqlite, postgres);
        Assert.Contains((1, "dump_processing"), sqlite);
    }

    private static async Task RunTwiceAppliesOnce(SqlProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var database = test.Open();
        var migrator = new SchemaMigrator(database, Clock, NullLogger<SchemaMigrator>.Instance);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(MigrationCatalog.For(provider).Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(first.Count, await test.CountAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await test.CountAsync("SELECT COUNT(*) FROM dump_processing"));
    }

    private static async Task ConcurrentRunsApplyOnce(SqlProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var one = test.Open();
        await using var two = test.Open();
        var migrations = MigrationCatalog.For(provider);

        var results = await Task.WhenAll(
            Task.Run(() => new SchemaMigrator(one, Clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None)),
            Task.Run(() => new SchemaMigrator(two, Clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None)));

        Assert.Equal(migrations.Select(m => m.Version), results.SelectMany(r => r).Order());
        Assert.Equal(migrations.Count, await test.CountAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    private static async Task FailingScriptRollsBack(SqlProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var database = test.Open();
        var migrator = Migrator(database,
        [
            Script(1, "CREATE TABLE first_table (x INTEGER)"),
            Script(2, "CREATE TABLE second_table (x INTEGER); INSERT INTO no_such_table VALUES (1)"),
        ]);

        await Assert.ThrowsAnyAsync<Exception>(() => migrator.MigrateAsync(CancellationToken.None));

        Assert.Equal(1, await test.CountAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await test.CountAsync("SELECT COUNT(*) FROM first_table"));
        var secondTableExists = provider == SqlProvider.Postgres
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'second_table'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE name = 'second_table'";
        Assert.Equal(0, await test.CountAsync(secondTableExists));
    }

    private static SchemaMigrator Migrator(SqlDatabase database, IReadOnlyList<Migration> migrations) =>
        new(database, Clock, NullLogger<SchemaMigrator>.Instance, migrations);

    private static Migration Script(int version, string sql) => new()
    {
        Version = version,
        Name = "test_" + version,
        Script = sql,
        Checksum = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sql))),
    };
}
