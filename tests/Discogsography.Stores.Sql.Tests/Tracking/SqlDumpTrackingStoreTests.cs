using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tests.TestSupport;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Sql.Tests.Tracking;

public sealed class SqlDumpTrackingStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task TransitionAsync_FullLifecycleOnSqlite_RecordsEveryStep() => FullLifecycle(SqlProvider.Sqlite);

    [PostgresFact]
    public Task TransitionAsync_FullLifecycleOnPostgres_RecordsEveryStep() => FullLifecycle(SqlProvider.Postgres);

    [Fact]
    public Task TransitionAsync_InvalidMovesOnSqlite_ThrowAndLeaveTheRowUnchanged() => InvalidMoves(SqlProvider.Sqlite);

    [PostgresFact]
    public Task TransitionAsync_InvalidMovesOnPostgres_ThrowAndLeaveTheRowUnchanged() => InvalidMoves(SqlProvider.Postgres);

    [Fact]
    public Task TransitionAsync_RetryOfFailedOnSqlite_CountsRetriesAndKeepsTheError() => RetryOfFailed(SqlProvider.Sqlite);

    [PostgresFact]
    public Task TransitionAsync_RetryOfFailedOnPostgres_CountsRetriesAndKeepsTheError() => RetryOfFailed(SqlProvider.Postgres);

    [Fact]
    public Task EnsureAsync_CalledTwiceOnSqlite_KeepsOneRowAndItsStatus() => EnsureTwice(SqlProvider.Sqlite);

    [PostgresFact]
    public Task EnsureAsync_CalledTwiceOnPostgres_KeepsOneRowAndItsStatus() => EnsureTwice(SqlProvider.Postgres);

    [Fact]
    public async Task TransitionAsync_UnknownMonth_ThrowsKeyNotFound()
    {
        await using var fixture = await Fixture.CreateAsync(SqlProvider.Sqlite);

        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            fixture.Store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureAsync_MalformedMonth_Throws()
    {
        await using var fixture = await Fixture.CreateAsync(SqlProvider.Sqlite);

        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.EnsureAsync("2020-8", "20200806", CancellationToken.None));
    }

    private static async Task FullLifecycle(SqlProvider provider)
    {
        await using var fixture = await Fixture.CreateAsync(provider);
        var store = fixture.Store;
        var checksums = new Dictionary<string, string> { ["discogs_20200806_artists.xml.gz"] = new string('a', 64) };
        var statistics = new Dictionary<string, long> { ["artists"] = 1000, ["releases"] = 999 };

        var created = await store.EnsureAsync("2020-08", "20200806", CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await store.TransitionAsync("2020-08", DumpStatus.ReadyForProcessing, new DumpStatusChange { Checksums = checksums }, CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Processing, null, CancellationToken.None);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        await store.TransitionAsync("2020-08", DumpStatus.Completed, new DumpStatusChange { Statistics = statistics }, CancellationToken.None);
        var stored = await store.FindAsync("2020-08", CancellationToken.None);

        Assert.Equal(DumpStatus.NotStarted, created.Status);
        Assert.Equal(Start, created.CreatedAt);
        Assert.NotNull(stored);
        Assert.Equal(DumpStatus.Completed, stored.Status);
        Assert.Equal("20200806", stored.DumpVersion);
        Assert.Equal(checksums, stored.Checksums);
        Assert.Equal(statistics, stored.Statistics);
        Assert.Equal(0, stored.RetryCount);
        Assert.Null(stored.LastError);
        Assert.Equal(Start, stored.CreatedAt);
        Assert.Equal(Start.AddMinutes(1), stored.StartedAt);
        Assert.Equal(Start.AddMinutes(12), stored.CompletedAt);
        Assert.Equal(Start.AddMinutes(12), stored.UpdatedAt);
    }

    private static async Task InvalidMoves(SqlProvider provider)
    {
        await using var fixture = await Fixture.CreateAsync(provider);
        var store = fixture.Store;
        await store.EnsureAsync("2020-08", "20200806", CancellationToken.None);

        var skipped = await Assert.ThrowsAsync<InvalidDumpTransitionException>(() =>
            store.TransitionAsync("2020-08", DumpStatus.Processing, null, CancellationToken.None));
        await store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.ReadyForProcessing, null, CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Processing, null, CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Completed, null, CancellationToken.None);
        var afterCompletion = await Assert.ThrowsAsync<InvalidDumpTransitionException>(() =>
            store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None));

        Assert.Equal((DumpStatus.NotStarted, DumpStatus.Processing), (skipped.From, skipped.To));
        Assert.Contains("cannot move from not_started to processing", skipped.Message, StringComparison.Ordinal);
        Assert.Equal((DumpStatus.Completed, DumpStatus.Downloading), (afterCompletion.From, afterCompletion.To));
        Assert.Contains("none (final status)", afterCompletion.Message, StringComparison.Ordinal);
        Assert.Equal(DumpStatus.Completed, (await store.FindAsync("2020-08", CancellationToken.None))?.Status);
    }

    private static async Task RetryOfFailed(SqlProvider provider)
    {
        await using var fixture = await Fixture.CreateAsync(provider);
        var store = fixture.Store;
        await store.EnsureAsync("2020-08", "20200806", CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None);

        var failed = await store.TransitionAsync("2020-08", DumpStatus.Failed, new DumpStatusChange { Error = "checksum mismatch" }, CancellationToken.None);
        var retried = await store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Failed, new DumpStatusChange { Error = "timeout" }, CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Processing, null, CancellationToken.None);
        var stored = await store.FindAsync("2020-08", CancellationToken.None);

        Assert.Equal(0, failed.RetryCount);
        Assert.Equal("checksum mismatch", failed.LastError);
        Assert.Equal(1, retried.RetryCount);
        Assert.NotNull(stored);
        Assert.Equal(DumpStatus.Processing, stored.Status);
        Assert.Equal(2, stored.RetryCount);
        Assert.Equal("timeout", stored.LastError);
    }

    private static async Task EnsureTwice(SqlProvider provider)
    {
        await using var fixture = await Fixture.CreateAsync(provider);
        var store = fixture.Store;
        await store.EnsureAsync("2020-08", "20200806", CancellationToken.None);
        await store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None);
        await store.EnsureAsync("2020-07", "20200701", CancellationToken.None);

        var again = await store.EnsureAsync("2020-08", "20200806", CancellationToken.None);
        var all = await store.ListAsync(CancellationToken.None);

        Assert.Equal(DumpStatus.Downloading, again.Status);
        Assert.Equal(["2020-08", "2020-07"], all.Select(r => r.YearMonth));
    }

    private sealed class Fixture : IAsyncDisposable
    {
        private Fixture(TestDatabase test, SqlDatabase database, FixedClock clock)
        {
            Test = test;
            Database = database;
            Clock = clock;
            Store = new SqlDumpTrackingStore(database, clock, NullLogger<SqlDumpTrackingStore>.Instance);
        }

        public TestDatabase Test { get; }

        public SqlDatabase Database { get; }

        public FixedClock Clock { get; }

        public IDumpTrackingStore Store { get; }

        public static async Task<Fixture> CreateAsync(SqlProvider provider)
        {
            var test = await TestDatabase.CreateAsync(provider);
            var database = test.Open();
            var clock = new FixedClock(Start);
            await new SchemaMigrator(database, clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
            return new Fixture(test, database, clock);
        }

        public async ValueTask DisposeAsync()
        {
            await Database.DisposeAsync();
            await Test.DisposeAsync();
        }
    }
}
