using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Tests.TestSupport;

namespace Discogsography.Stores.Sql.Tests.Catalog;

public sealed class SqlCatalogWriterPostImportTests
{
    [Fact]
    public Task RunPostImportAsync_RecordsMissingFromNewRunOnSqlite_AreRemovedWithTheirLinks() => StaleRecordsRemovedWithLinks(SqlProvider.Sqlite);

    [PostgresFact]
    public Task RunPostImportAsync_RecordsMissingFromNewRunOnPostgres_AreRemovedWithTheirLinks() => StaleRecordsRemovedWithLinks(SqlProvider.Postgres);

    [Fact]
    public Task RunPostImportAsync_GuardsOnSqlite_EachPreventsRemoval() => GuardsPreventRemoval(SqlProvider.Sqlite);

    [PostgresFact]
    public Task RunPostImportAsync_GuardsOnPostgres_EachPreventsRemoval() => GuardsPreventRemoval(SqlProvider.Postgres);

    [Fact]
    public Task RunPostImportAsync_CountsOnSqlite_ArePrecomputedPerGenreStyleLabelAndYear() => CountsArePrecomputed(SqlProvider.Sqlite);

    [PostgresFact]
    public Task RunPostImportAsync_CountsOnPostgres_ArePrecomputedPerGenreStyleLabelAndYear() => CountsArePrecomputed(SqlProvider.Postgres);

    private static IngestRecord Release(long id, long artistId, int year = 2000) =>
        CatalogTestStore.Record(id, $$"""{"id":{{id}},"title":"R{{id}}","year":{{year}},"masterId":{{id + 1000}},"artists":[{"id":{{artistId}},"name":"A{{artistId}}"}],"genres":["Rock"],"tracklist":[{"position":"1","title":"T"}]}""");

    private static PostImportRequest Request(DateTimeOffset startedAt, long releases, bool deadLettered = false) =>
        new("20261101", startedAt, new Dictionary<DumpType, long> { [DumpType.Releases] = releases }, deadLettered);

    private static async Task StaleRecordsRemovedWithLinks(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        await store.Writer.WriteAsync(DumpType.Releases, [.. Enumerable.Range(1, 10).Select(i => Release(i, artistId: 100 + i))], CancellationToken.None);
        store.Clock.Advance(TimeSpan.FromDays(30));
        DateTimeOffset started = store.Clock.GetUtcNow();
        store.Clock.Advance(TimeSpan.FromMinutes(5));

        // The new month carries releases 1–8 (unchanged: only their updated_at moves); 9 and 10 are gone.
        await store.Writer.WriteAsync(DumpType.Releases, [.. Enumerable.Range(1, 8).Select(i => Release(i, artistId: 100 + i))], CancellationToken.None);
        PostImportResult result = await store.Writer.RunPostImportAsync(Request(started, releases: 8), CancellationToken.None);

        Assert.Equal(2, result.StaleRemoved[DumpType.Releases]);
        Assert.Equal(0, result.StaleRemoved[DumpType.Artists]);
        Assert.DoesNotContain(result.SkippedRemovals, s => s.StartsWith("Releases", StringComparison.Ordinal));
        Assert.Equal([.. Enumerable.Range(1, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], (await store.RowsAsync("SELECT id FROM releases ORDER BY id")));
        Assert.Equal(8, await store.CountAsync("SELECT count(*) FROM release_artists"));
        Assert.Equal(8, await store.CountAsync("SELECT count(*) FROM tracks"));
        Assert.Equal(8, await store.CountAsync("SELECT count(*) FROM release_genres"));

        // The placeholders only 9 and 10 referenced (artists 109, 110; masters 1009, 1010) went with them.
        Assert.Equal(4, result.PlaceholdersRemoved);
        Assert.Equal(8, await store.CountAsync("SELECT count(*) FROM artists WHERE is_placeholder = TRUE"));
        Assert.Equal(0, await store.CountAsync("SELECT count(*) FROM artists WHERE id IN (109, 110)"));
        Assert.Equal(8, await store.CountAsync("SELECT count(*) FROM masters"));
    }

    private static async Task GuardsPreventRemoval(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        await store.Writer.WriteAsync(DumpType.Releases, [.. Enumerable.Range(1, 20).Select(i => Release(i, artistId: 100))], CancellationToken.None);
        store.Clock.Advance(TimeSpan.FromDays(30));
        DateTimeOffset started = store.Clock.GetUtcNow();
        await store.Writer.WriteAsync(DumpType.Releases, [.. Enumerable.Range(1, 2).Select(i => Release(i, artistId: 100))], CancellationToken.None);

        // 18 of 20 stale (90%): refused.
        PostImportResult tooMany = await store.Writer.RunPostImportAsync(Request(started, releases: 2), CancellationToken.None);
        // The extraction reported no releases at all: refused.
        PostImportResult none = await store.Writer.RunPostImportAsync(Request(started, releases: 0), CancellationToken.None);
        // Something went to a dead-letter queue: refused, whatever the share.
        await store.Writer.WriteAsync(DumpType.Releases, [.. Enumerable.Range(1, 19).Select(i => Release(i, artistId: 100))], CancellationToken.None);
        PostImportResult deadLettered = await store.Writer.RunPostImportAsync(Request(started, releases: 19, deadLettered: true), CancellationToken.None);

        Assert.Contains(tooMany.SkippedRemovals, s => s.StartsWith("Releases: removal of 18 of 20 records refused", StringComparison.Ordinal));
        Assert.Contains(none.SkippedRemovals, s => s.StartsWith("Releases: the extraction reported 0", StringComparison.Ordinal));
        Assert.Contains(deadLettered.SkippedRemovals, s => s.StartsWith("Releases: records of this run were dead-lettered", StringComparison.Ordinal));
        Assert.All(new[] { tooMany, none, deadLettered }, r => Assert.Equal(0, r.StaleRemoved[DumpType.Releases]));
        Assert.Equal(20, await store.CountAsync("SELECT count(*) FROM releases"));

        // Without the guards the one stale release goes.
        PostImportResult allowed = await store.Writer.RunPostImportAsync(Request(started, releases: 19), CancellationToken.None);
        Assert.Equal(1, allowed.StaleRemoved[DumpType.Releases]);
        Assert.Equal(19, await store.CountAsync("SELECT count(*) FROM releases"));
    }

    private static async Task CountsArePrecomputed(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord[] releases =
        [
            CatalogTestStore.Record(1, """{"id":1,"year":1999,"artists":[{"id":10,"name":"A"}],"labels":[{"id":50,"name":"L","catno":"1"},{"id":50,"name":"L","catno":"2"}],"genres":["Electronic"],"styles":["House","Techno"]}"""),
            CatalogTestStore.Record(2, """{"id":2,"year":2001,"artists":[{"id":10,"name":"A"},{"id":11,"name":"B"}],"labels":[{"id":50,"name":"L","catno":"3"}],"genres":["Electronic","Jazz"],"styles":["House"]}"""),
            CatalogTestStore.Record(3, """{"id":3,"year":null,"artists":[{"id":12,"name":"C"}],"labels":[{"id":51,"name":"M","catno":"4"}],"genres":["Jazz"],"styles":[]}"""),
        ];
        await store.Writer.WriteAsync(DumpType.Releases, releases, CancellationToken.None);

        await store.Writer.RunPostImportAsync(Request(store.Clock.GetUtcNow(), releases: 3), CancellationToken.None);

        Assert.Equal(
            ["Electronic\t2\t2\t1\t2\t1999", "Jazz\t2\t3\t2\t1\t2001"],
            await store.RowsAsync("SELECT g.name, s.release_count, s.artist_count, s.label_count, s.style_count, s.first_year FROM genre_stats s JOIN genres g ON g.id = s.genre_id ORDER BY g.name"));
        Assert.Equal(
            ["House\t2\t2\t1\t2\t1999", "Techno\t1\t1\t1\t1\t1999"],
            await store.RowsAsync("SELECT t.name, s.release_count, s.artist_count, s.label_count, s.genre_count, s.first_year FROM style_stats s JOIN styles t ON t.id = s.style_id ORDER BY t.name"));
        Assert.Equal(
            ["50\t2\t2\t2", "51\t1\t1\t1"],
            await store.RowsAsync("SELECT label_id, release_count, artist_count, genre_count FROM label_stats ORDER BY label_id"));
        Assert.Equal(
            ["Electronic\t1999\t1", "Electronic\t2001\t1", "Jazz\t2001\t1"],
            await store.RowsAsync("SELECT g.name, c.year, c.release_count FROM genre_year_counts c JOIN genres g ON g.id = c.genre_id ORDER BY g.name, c.year"));
        Assert.Equal(["50\t1999\t1", "50\t2001\t1"], await store.RowsAsync("SELECT label_id, year, release_count FROM label_year_counts ORDER BY label_id, year"));
        Assert.Equal(3, await store.CountAsync("SELECT count(*) FROM style_year_counts"));
    }
}
