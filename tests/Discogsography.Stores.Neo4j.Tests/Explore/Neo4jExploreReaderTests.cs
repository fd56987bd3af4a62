using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

public sealed class Neo4jExploreReaderTests : IAsyncLifetime
{
    private static readonly string[] ExpandFields = ["parent_key", "total", "items"];
    private FakeQueryApiServer _server = null!;
    private Neo4jExploreReader _reader = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        var client = Neo4jTestClient.Create(_server.Address);
        _reader = new Neo4jExploreReader(client, new Neo4jEntityReader(client));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Release(long id, string title, string year) =>
        TypedValues.Map(("id", Typed.Integer(id)), ("name", Typed.String(title)), ("year", year), ("count", Typed.Null));

    [Fact]
    public async Task ExpandAsync_FirstPage_SendsTheKindsStatementAndMapsItemsCursorsAndFlags()
    {
        _server.Responder = r => r.StatementName == "Explore/Expand/ArtistReleases"
            ? FakeAnswer.Rows(ExpandFields, [[Typed.Integer(7), Typed.Integer(3), TypedValues.List(Release(12, "B", Typed.Integer(1999)), Release(11, "A", Typed.Null))]])
            : null;

        var page = await _reader.ExpandAsync(EntityRef.Artist(7), new ExpandRequest(ExploreCategory.Releases, 2, BeforeYear: 2000), CancellationToken.None);

        var sent = Assert.Single(_server.Sent("Explore/Expand/ArtistReleases")).Parameters;
        Assert.Equal([7L], sent.GetProperty("keys").EnumerateArray().Select(k => k.GetInt64()));
        Assert.Equal(0, sent.GetProperty("skip").GetInt64());
        Assert.Equal(2, sent.GetProperty("limit").GetInt64());
        Assert.Equal(2000, sent.GetProperty("before_year").GetInt32());
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(
            [new ExpandItem(new EntitySummary(EntityRef.Release(12), "B", 1999), null), new ExpandItem(new EntitySummary(EntityRef.Release(11), "A"), null)],
            page.Edges.Select(e => e.Node));
        Assert.Equal(new PageCursor(2, null, "11"), PageCursor.Decode(page.EndCursor!));
        Assert.Equal(new PageCursor(1, 1999, "12"), PageCursor.Decode(page.StartCursor!));
    }

    [Fact]
    public async Task ExpandAsync_AfterACursor_SkipsByItsOffsetAndEndsAtTheTotal()
    {
        _server.Responder = r => r.StatementName == "Explore/Expand/GenreStyles"
            ? FakeAnswer.Rows(ExpandFields, [[Typed.String("Rock"), Typed.Integer(3), TypedValues.List(
                TypedValues.Map(("id", Typed.Integer(0)), ("name", Typed.String("Punk")), ("year", Typed.Null), ("count", Typed.Integer(4))))]])
            : null;
        var after = new PageCursor(2, 9, "Pop").Encode();

        var page = await _reader.ExpandAsync(EntityRef.Genre("Rock"), new ExpandRequest(ExploreCategory.Styles, 2, after), CancellationToken.None);

        var sent = Assert.Single(_server.Sent("Explore/Expand/GenreStyles")).Parameters;
        Assert.Equal(["Rock"], sent.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(2, sent.GetProperty("skip").GetInt64());
        var edge = Assert.Single(page.Edges);
        Assert.Equal(new ExpandItem(new EntitySummary(EntityRef.Style("Punk"), "Punk"), 4), edge.Node);
        Assert.Equal(new PageCursor(3, 4, "Punk"), PageCursor.Decode(edge.Cursor));
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task ExpandManyAsync_UnknownParent_GetsAnEmptyPageBesidesTheAnsweredOne()
    {
        _server.Responder = r => r.StatementName == "Explore/Expand/LabelArtists"
            ? FakeAnswer.Rows(ExpandFields, [[Typed.Integer(5), Typed.Integer(1), TypedValues.List(
                TypedValues.Map(("id", Typed.Integer(9)), ("name", Typed.String("X")), ("year", Typed.Null), ("count", Typed.Integer(2))))]])
            : null;

        var pages = await _reader.ExpandManyAsync([EntityRef.Label(5), EntityRef.Label(6)], new ExpandRequest(ExploreCategory.Artists), CancellationToken.None);

        Assert.Equal([5L, 6L], _server.Sent("Explore/Expand/LabelArtists").Single().Parameters.GetProperty("keys").EnumerateArray().Select(k => k.GetInt64()));
        Assert.Equal(new ExpandItem(new EntitySummary(EntityRef.Artist(9), "X"), 2), Assert.Single(pages[EntityRef.Label(5)].Edges).Node);
        Assert.Equal(Page<ExpandItem>.Empty, pages[EntityRef.Label(6)]);
    }

    [Fact]
    public async Task ExpandManyAsync_MixedKinds_ThrowsBeforeSending()
    {
        var error = await Assert.ThrowsAsync<ExploreArgumentException>(() =>
            _reader.ExpandManyAsync([EntityRef.Label(5), EntityRef.Artist(6)], new ExpandRequest(ExploreCategory.Releases), CancellationToken.None));

        Assert.Equal(ExploreErrorCodes.ArgumentOutOfRange, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ExploreAsync_LabelWithPrecomputedCounts_ReadsThemWithoutLiveCounts()
    {
        _server.Responder = r => r.StatementName switch
        {
            "Explore/Entities/Summaries" => FakeAnswer.Rows(["kind", "id", "name", "year"], [[Typed.String("Label"), Typed.Integer(5), Typed.String("Warp"), Typed.Null]]),
            "Explore/Precomputed/Label" => FakeAnswer.Rows(["releases", "artists", "genres"], [[Typed.Integer(30), Typed.Integer(20), Typed.Integer(4)]]),
            _ => null,
        };

        var result = await _reader.ExploreAsync(EntityRef.Label(5), CancellationToken.None);

        Assert.Equal(new EntitySummary(EntityRef.Label(5), "Warp"), result!.Center);
        Assert.Equal([(ExploreCategory.Releases, 30L), (ExploreCategory.Artists, 20L), (ExploreCategory.Genres, 4L)], result.Categories.Select(c => (c.Category, c.Count)));
        Assert.DoesNotContain(_server.StatementNames, name => name!.StartsWith("Explore/Expand/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExploreAsync_GenreBeforePostImport_CountsEachCategoryLive()
    {
        _server.Responder = r => r.StatementName switch
        {
            "Explore/Entities/Summaries" => FakeAnswer.Rows(["kind", "id", "name", "year"], [[Typed.String("Genre"), Typed.Integer(0), Typed.String("Jazz"), Typed.Null]]),
            "Explore/Precomputed/Genre" => FakeAnswer.Rows(["releases", "artists", "labels", "styles"], [[Typed.Null, Typed.Null, Typed.Null, Typed.Null]]),
            { } name when name.StartsWith("Explore/Expand/Genre", StringComparison.Ordinal) =>
                FakeAnswer.Rows(ExpandFields, [[Typed.String("Jazz"), Typed.Integer(name.Length), TypedValues.List()]]),
            _ => null,
        };

        var result = await _reader.ExploreAsync(EntityRef.Genre("Jazz"), CancellationToken.None);

        string[] statements = ["Explore/Expand/GenreReleases", "Explore/Expand/GenreArtists", "Explore/Expand/GenreLabels", "Explore/Expand/GenreStyles"];
        Assert.Equal(statements.Select(name => (long)name.Length), result!.Categories.Select(c => c.Count));
        Assert.All(statements, name => Assert.Equal(0, _server.Sent(name).Single().Parameters.GetProperty("limit").GetInt64()));
    }

    [Fact]
    public async Task ExploreAsync_UnknownNode_IsNull()
    {
        Assert.Null(await _reader.ExploreAsync(EntityRef.Master(1), CancellationToken.None));
        Assert.Equal(["Explore/Entities/Summaries"], _server.StatementNames);
    }

    [Fact]
    public async Task GetTrendsAsync_Rows_MapToYearCountsFromTheKindsStatement()
    {
        _server.Responder = r => r.StatementName == "Explore/Trends/Style"
            ? FakeAnswer.Rows(["year", "count"], [[Typed.Integer(1990), Typed.Integer(2)], [Typed.Integer(1991), Typed.Integer(5)]])
            : null;

        var trends = await _reader.GetTrendsAsync(EntityRef.Style("Dub"), CancellationToken.None);

        Assert.Equal([new YearCount(1990, 2), new YearCount(1991, 5)], trends);
        Assert.Equal("Dub", _server.Sent("Explore/Trends/Style").Single().Parameters.GetProperty("key").GetString());
    }

    [Fact]
    public void ExpandStatement_EveryCategoryOfEveryKind_IsEmbedded()
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            foreach (var category in ExploreCategories.For(kind))
            {
                Assert.Equal($"Explore/Expand/{kind}{category}", Neo4jExploreReader.ExpandStatement(kind, category).Name);
            }
        }
    }
}
