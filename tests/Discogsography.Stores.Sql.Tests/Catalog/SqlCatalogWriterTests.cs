using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tests.TestSupport;
using Discogsography.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Sql.Tests.Catalog;

public sealed class SqlCatalogWriterTests
{
    private const string Postgres = PostgresFactAttribute.Variable;

    private const string Release1Changed = """
        {"id":1,"title":"Stockholm (Remastered)","year":2001,"masterId":null,"artists":[{"id":1,"name":"The Persuader"}],
         "labels":[{"id":77,"name":"New Label","catno":"NL-1"}],"genres":["Electronic"],"styles":["Techno"],
         "tracklist":[{"position":"1","title":"Östermalm (Edit)"}],"extraArtists":[]}
        """;

    [SharedDataFact]
    public Task WriteAsync_RealSamplesOnSqlite_StoresEveryRecordWithItsLinks() => RealSamplesStoreEveryRecordWithItsLinks(SqlProvider.Sqlite);

    [SharedDataFact(Postgres)]
    public Task WriteAsync_RealSamplesOnPostgres_StoresEveryRecordWithItsLinks() => RealSamplesStoreEveryRecordWithItsLinks(SqlProvider.Postgres);

    [SharedDataFact]
    public Task WriteAsync_SameBatchesTwiceOnSqlite_ChangesNothing() => SameBatchesTwiceChangeNothing(SqlProvider.Sqlite);

    [SharedDataFact(Postgres)]
    public Task WriteAsync_SameBatchesTwiceOnPostgres_ChangesNothing() => SameBatchesTwiceChangeNothing(SqlProvider.Postgres);

    [SharedDataFact]
    public Task WriteAsync_ChangedRecordOnSqlite_ReplacesItsLinks() => ChangedRecordReplacesItsLinks(SqlProvider.Sqlite);

    [SharedDataFact(Postgres)]
    public Task WriteAsync_ChangedRecordOnPostgres_ReplacesItsLinks() => ChangedRecordReplacesItsLinks(SqlProvider.Postgres);

    [Fact]
    public Task WriteAsync_ReferenceBeforeRecordOnSqlite_CreatesPlaceholderThenFillsIt() => ReferenceCreatesPlaceholderThenRecordFillsIt(SqlProvider.Sqlite);

    [PostgresFact]
    public Task WriteAsync_ReferenceBeforeRecordOnPostgres_CreatesPlaceholderThenFillsIt() => ReferenceCreatesPlaceholderThenRecordFillsIt(SqlProvider.Postgres);

    [Fact]
    public Task WriteAsync_BadRecordOnSqlite_ThrowsInvalidRecordAndWritesNothing() => BadRecordThrowsAndWritesNothing(SqlProvider.Sqlite);

    [PostgresFact]
    public Task WriteAsync_BadRecordOnPostgres_ThrowsInvalidRecordAndWritesNothing() => BadRecordThrowsAndWritesNothing(SqlProvider.Postgres);

    [Fact]
    public Task WriteAsync_RepeatedIdOnSqlite_LastOneWins() => RepeatedIdLastOneWins(SqlProvider.Sqlite);

    [PostgresFact]
    public Task WriteAsync_RepeatedIdOnPostgres_LastOneWins() => RepeatedIdLastOneWins(SqlProvider.Postgres);

    [PostgresFact]
    public Task WriteAsync_NulCharacterInTitleOnPostgres_ThrowsInvalidRecordAndWritesNothing() => NulCharacterIsInvalid(SqlProvider.Postgres);

    [Fact]
    public async Task WriteAsync_DatabaseLockedOnSqlite_ThrowsTransientStoreException()
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(SqlProvider.Sqlite, ";Default Timeout=1");
        await using var blocker = new Microsoft.Data.Sqlite.SqliteConnection(store.Test.ConnectionString);
        await blocker.OpenAsync();
        await using var write = blocker.BeginTransaction(deferred: false);

        await Assert.ThrowsAsync<TransientStoreException>(
            () => store.Writer.WriteAsync(DumpType.Artists, [CatalogTestStore.Record(1, """{"id":1,"name":"A"}""")], CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_PostgresUnreachable_ThrowsTransientStoreException()
    {
        await using SqlDatabase database = SqlDatabase.Create(SqlProvider.Postgres, "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
        var writer = new SqlCatalogWriter(
            database,
            new SchemaMigrator(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance),
            TimeProvider.System,
            NullLogger<SqlCatalogWriter>.Instance);

        await Assert.ThrowsAsync<TransientStoreException>(
            () => writer.WriteAsync(DumpType.Artists, [CatalogTestStore.Record(1, """{"id":1,"name":"A"}""")], CancellationToken.None));
        await Assert.ThrowsAsync<TransientStoreException>(() => writer.PrepareAsync(CancellationToken.None));
    }

    private static async Task RealSamplesStoreEveryRecordWithItsLinks(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);

        foreach (DumpType type in new[] { DumpType.Releases, DumpType.Masters, DumpType.Artists, DumpType.Labels })
        {
            await store.WriteSampleAsync(type);
        }

        // Expected figures computed from the samples themselves, independently of the writer.
        ReleaseRecord[] releases = [.. CatalogTestStore.Sample(DumpType.Releases).Select(r => CanonicalRecordReader.ReadRelease(r.Json.Span))];
        MasterRecord[] masters = [.. CatalogTestStore.Sample(DumpType.Masters).Select(r => CanonicalRecordReader.ReadMaster(r.Json.Span))];
        long genres = releases.SelectMany(r => r.Genres).Distinct().LongCount();
        long styles = releases.SelectMany(r => r.Styles).Distinct().LongCount();
        CatalogCounts counts = await new SqlCatalogStatistics(store.Database).GetCountsAsync(CancellationToken.None);
        Assert.Equal(new CatalogCounts(1000, 1000, 1000, 1000, genres, styles), counts);
        Assert.Equal(releases.Sum(r => r.Artists.Count), await store.CountAsync("SELECT count(*) FROM release_artists"));
        Assert.Equal(releases.Sum(r => r.Labels.Count), await store.CountAsync("SELECT count(*) FROM release_labels"));
        Assert.Equal(releases.Sum(r => r.ExtraArtists.Count), await store.CountAsync("SELECT count(*) FROM credits"));
        Assert.Equal(releases.Sum(r => r.Styles.Distinct().Count()), await store.CountAsync("SELECT count(*) FROM release_styles"));
        Assert.Equal(masters.Sum(r => r.Artists.Count), await store.CountAsync("SELECT count(*) FROM master_artists"));
        long referencedMissingArtists = releases.SelectMany(r => r.Artists).Concat(masters.SelectMany(m => m.Artists))
            .Where(a => a.Id > 0).Select(a => a.Id!.Value)
            .Concat(CatalogTestStore.Sample(DumpType.Artists).Select(r => CanonicalRecordReader.ReadArtist(r.Json.Span))
                .SelectMany(a => a.Aliases.Concat(a.Members).Concat(a.Groups)).Where(a => a.Id > 0).Select(a => a.Id!.Value))
            .Distinct().Except(CatalogTestStore.Sample(DumpType.Artists).Select(r => r.Id)).LongCount();
        Assert.Equal(referencedMissingArtists, await store.CountAsync("SELECT count(*) FROM artists WHERE is_placeholder = TRUE"));

        // Release 1: Stockholm by The Persuader on Svek (SK032), 1999, six tracks.
        await using CatalogDbContext context = CatalogDbContext.Create(provider, store.Test.ConnectionString);
        var release = await context.Releases.SingleAsync(r => r.Id == 1);
        Assert.Equal(("Stockholm", 1999, "Sweden", (long?)1660109, (bool?)true, false), (release.Title, release.Year!.Value, release.Country, release.MasterId, release.IsMainRelease, release.IsPlaceholder));
        Assert.Equal(CatalogTestStore.Sample(DumpType.Releases).First(r => r.Id == 1).Sha256, release.Sha256);
        Assert.Equal(store.Clock.GetUtcNow(), release.UpdatedAt);
        Assert.Equal("Stockholm", CanonicalRecordReader.ReadRelease(System.Text.Encoding.UTF8.GetBytes(release.Document!)).Title);
        var label = await context.ReleaseLabels.SingleAsync(l => l.ReleaseId == 1);
        Assert.Equal((5L, "Svek", "SK032", 1999), (label.LabelId!.Value, label.Name, label.Catno, label.Year!.Value));
        Assert.Equal(["A", "B1", "B2", "C1", "C2", "D"], await context.Tracks.Where(t => t.ReleaseId == 1).OrderBy(t => t.Ordinal).Select(t => t.Position).ToListAsync());
        var artist = await context.ReleaseArtists.SingleAsync(a => a.ReleaseId == 1);
        Assert.Equal((1L, "The Persuader"), (artist.ArtistId!.Value, artist.Name));
        Assert.Equal("The Persuader", (await context.Artists.SingleAsync(a => a.Id == 1)).Name);
        var credit = await context.Credits.SingleAsync(c => c.ReleaseId == 1);
        Assert.Equal(("Music By [All Tracks By]", CreditRoleCategories.Other), (credit.Role, credit.RoleCategory));
        Assert.Equal(
            ["Electronic"],
            await context.ReleaseGenres.Where(g => g.ReleaseId == 1).Join(context.Genres, l => l.GenreId, g => g.Id, (_, g) => g.Name).ToListAsync());
    }

    private static async Task SameBatchesTwiceChangeNothing(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord[] releases = [.. CatalogTestStore.Sample(DumpType.Releases).Take(300)];
        IngestRecord[] artists = [.. CatalogTestStore.Sample(DumpType.Artists).Take(300)];
        await store.Writer.WriteAsync(DumpType.Releases, releases, CancellationToken.None);
        await store.Writer.WriteAsync(DumpType.Artists, artists, CancellationToken.None);
        List<string> before = await store.DumpAllAsync();

        WriteBatchResult again = await store.Writer.WriteAsync(DumpType.Releases, releases, CancellationToken.None);
        WriteBatchResult artistsAgain = await store.Writer.WriteAsync(DumpType.Artists, artists, CancellationToken.None);

        Assert.Equal(new WriteBatchResult(0, 300), again);
        Assert.Equal(new WriteBatchResult(0, 300), artistsAgain);
        Assert.Equal(before, await store.DumpAllAsync());
    }

    private static async Task ChangedRecordReplacesItsLinks(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord original = CatalogTestStore.Sample(DumpType.Releases).First(r => r.Id == 1);
        await store.Writer.WriteAsync(DumpType.Releases, [original], CancellationToken.None);
        store.Clock.Advance(TimeSpan.FromDays(30));

        WriteBatchResult result = await store.Writer.WriteAsync(DumpType.Releases, [CatalogTestStore.Record(1, Release1Changed)], CancellationToken.None);

        Assert.Equal(new WriteBatchResult(1, 0), result);
        Assert.Equal(["Stockholm (Remastered)\t2001\t∅"], await store.RowsAsync("SELECT title, year, master_id FROM releases"));
        Assert.Equal(["77\tNL-1\t2001"], await store.RowsAsync("SELECT label_id, catno, year FROM release_labels"));
        Assert.Equal(["0\t1\tÖstermalm (Edit)"], await store.RowsAsync("SELECT ordinal, position, title FROM tracks"));
        Assert.Equal(["1\t2001"], await store.RowsAsync("SELECT artist_id, year FROM release_artists"));
        Assert.Equal(["Techno"], await store.RowsAsync("SELECT s.name FROM release_styles x JOIN styles s ON s.id = x.style_id"));
        Assert.Equal(0, await store.CountAsync("SELECT count(*) FROM credits"));
        Assert.Equal(0, await store.CountAsync("SELECT count(*) FROM release_formats"));
    }

    private static async Task ReferenceCreatesPlaceholderThenRecordFillsIt(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord release = CatalogTestStore.Record(
            10, """{"id":10,"title":"R","masterId":20,"artists":[{"id":30,"name":"Referenced Name"},{"id":null,"name":"No Page"}],"labels":[{"id":40,"name":"L","catno":"C"}]}""");

        await store.Writer.WriteAsync(DumpType.Releases, [release], CancellationToken.None);

        Assert.Equal(["30\tReferenced Name\tTrue\t∅\t∅"], Booleans(await store.RowsAsync("SELECT id, name, is_placeholder, document, sha256 FROM artists")));
        Assert.Equal(["40\tL\tTrue"], Booleans(await store.RowsAsync("SELECT id, name, is_placeholder FROM labels")));
        Assert.Equal(["20\t∅\tTrue"], Booleans(await store.RowsAsync("SELECT id, title, is_placeholder FROM masters")));
        Assert.Equal(new CatalogCounts(0, 0, 0, 1, 0, 0), await new SqlCatalogStatistics(store.Database).GetCountsAsync(CancellationToken.None));

        IngestRecord artist = CatalogTestStore.Record(30, """{"id":30,"name":"Own Name","realName":"Real"}""");
        await store.Writer.WriteAsync(DumpType.Artists, [artist], CancellationToken.None);
        await store.Writer.WriteAsync(DumpType.Releases, [release, CatalogTestStore.Record(11, """{"id":11,"artists":[{"id":30,"name":"Yet Another"}]}""")], CancellationToken.None);

        Assert.Equal(
            [$"30\tOwn Name\tReal\tFalse\t{artist.Sha256}"],
            Booleans(await store.RowsAsync("SELECT id, name, real_name, is_placeholder, sha256 FROM artists")));
        Assert.Equal(new CatalogCounts(1, 0, 0, 2, 0, 0), await new SqlCatalogStatistics(store.Database).GetCountsAsync(CancellationToken.None));
    }

    private static async Task BadRecordThrowsAndWritesNothing(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord[] batch =
        [
            CatalogTestStore.Record(1, """{"id":1,"title":"Good","artists":[{"id":5,"name":"A"}]}"""),
            CatalogTestStore.Record(2, """{"id":2,"title":"Bad","year":"nineteen"}"""),
            CatalogTestStore.Record(3, """{"id":3,"title":"Good too"}"""),
        ];

        InvalidRecordException error = await Assert.ThrowsAsync<InvalidRecordException>(() => store.Writer.WriteAsync(DumpType.Releases, batch, CancellationToken.None));
        InvalidRecordException mismatch = await Assert.ThrowsAsync<InvalidRecordException>(
            () => store.Writer.WriteAsync(DumpType.Releases, [CatalogTestStore.Record(4, """{"id":5}""")], CancellationToken.None));

        Assert.Equal(2, error.RecordId);
        Assert.Equal(4, mismatch.RecordId);
        Assert.Equal(0, await store.CountAsync("SELECT (SELECT count(*) FROM releases) + (SELECT count(*) FROM artists) + (SELECT count(*) FROM release_artists)"));
    }

    private static async Task NulCharacterIsInvalid(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord[] batch =
        [
            CatalogTestStore.Record(1, """{"id":1,"title":"Good","artists":[{"id":5,"name":"A"}]}"""),
            CatalogTestStore.Record(2, """{"id":2,"title":"Nul \u0000 inside"}"""),
        ];

        await Assert.ThrowsAsync<InvalidRecordException>(() => store.Writer.WriteAsync(DumpType.Releases, batch, CancellationToken.None));

        Assert.Equal(0, await store.CountAsync("SELECT (SELECT count(*) FROM releases) + (SELECT count(*) FROM artists)"));
    }

    private static async Task RepeatedIdLastOneWins(SqlProvider provider)
    {
        await using CatalogTestStore store = await CatalogTestStore.CreateAsync(provider);
        IngestRecord[] batch =
        [
            CatalogTestStore.Record(7, """{"id":7,"name":"First","aliases":[{"id":8,"name":"Alias"}]}"""),
            CatalogTestStore.Record(7, """{"id":7,"name":"Second","members":[{"id":9,"name":"Member"}]}"""),
        ];

        WriteBatchResult result = await store.Writer.WriteAsync(DumpType.Artists, batch, CancellationToken.None);

        Assert.Equal(new WriteBatchResult(1, 0), result);
        Assert.Equal(["Second"], await store.RowsAsync("SELECT name FROM artists WHERE id = 7"));
        Assert.Equal(0, await store.CountAsync("SELECT count(*) FROM artist_aliases"));
        Assert.Equal(["7\t0\t9\tMember"], await store.RowsAsync("SELECT group_id, position, member_id, name FROM artist_members"));
    }

    /// <summary>SQLite returns booleans as 0/1: show them as PostgreSQL does.</summary>
    private static List<string> Booleans(List<string> rows) =>
        [.. rows.Select(r => string.Join('\t', r.Split('\t').Select((v, i) => i >= 2 && v is "0" or "1" ? (v == "1" ? "True" : "False") : v)))];
}
