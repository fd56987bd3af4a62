using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

public sealed class Neo4jSearchReaderTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private Neo4jSearchReader _reader = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _reader = new Neo4jSearchReader(Neo4jTestClient.Create(_server.Address));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AutocompleteAsync_FoldedQuery_SendsPrefixLuceneAndRanksCandidatesOfEveryKind()
    {
        _server.Responder = r => r.StatementName switch
        {
            "Explore/Search/AutocompleteCandidates" => FakeAnswer.Rows(["kind", "id", "name"], [
                [Typed.Integer((int)EntityKind.Artist), Typed.Integer(2), Typed.String("Håkan Lidbo")],
                [Typed.Integer((int)EntityKind.Artist), Typed.Integer(3), Typed.String("Lidbo Håkan")],
                [Typed.Integer((int)EntityKind.Label), Typed.Integer(4), Typed.String("Nothing Alike")]]),
            "Explore/Search/AutocompleteTags" => FakeAnswer.Rows(["kind", "name"], [[Typed.String("Style"), Typed.String("Hakan")]]),
            _ => null,
        };

        var hits = await _reader.AutocompleteAsync(new AutocompleteRequest("HÅKAN", []), CancellationToken.None);

        var sent = _server.Sent("Explore/Search/AutocompleteCandidates").Single().Parameters;
        Assert.Equal("+hakan*", sent.GetProperty("lucene").GetString());
        Assert.Equal(["artist_search_name_fulltext", "label_search_name_fulltext"], sent.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("index").GetString()));
        var tags = _server.Sent("Explore/Search/AutocompleteTags").Single().Parameters;
        Assert.True(tags.GetProperty("genres").GetBoolean());
        Assert.Equal(
            [
                new AutocompleteHit(EntityRef.Style("Hakan"), "Hakan", AutocompleteScoring.Exact),
                new AutocompleteHit(EntityRef.Artist(2), "Håkan Lidbo", AutocompleteScoring.Prefix),
                new AutocompleteHit(EntityRef.Artist(3), "Lidbo Håkan", AutocompleteScoring.WordPrefix),
            ],
            hits);
    }

    [Fact]
    public async Task AutocompleteAsync_MastersOnly_AsksNoTagNames()
    {
        await _reader.AutocompleteAsync(new AutocompleteRequest("blue", [EntityKind.Master]), CancellationToken.None);

        Assert.Equal(["Explore/Search/AutocompleteCandidates"], _server.StatementNames);
    }

    [Fact]
    public async Task SearchAsync_SecondPage_MapsHitsFacetsAndPagingFlags()
    {
        _server.Responder = r => r.StatementName switch
        {
            "Explore/Search/FacetKinds" => FakeAnswer.Rows(["kind", "count"], [[Typed.Integer((int)EntityKind.Master), Typed.Integer(2)], [Typed.Integer((int)EntityKind.Release), Typed.Integer(3)]]),
            "Explore/Search/Page" => FakeAnswer.Rows(["kind", "id", "name", "year", "genres"], [
                [Typed.Integer((int)EntityKind.Release), Typed.Integer(8), Typed.String("Blue Monday"), Typed.Integer(1983), TypedValues.List(Typed.String("Rock"), Typed.String("Electronic"))]]),
            "Explore/Search/FacetGenres" => FakeAnswer.Rows(["name", "count"], [[Typed.String("Electronic"), Typed.Integer(4)]]),
            "Explore/Search/FacetDecades" => FakeAnswer.Rows(["decade", "count"], [[Typed.Integer(1980), Typed.Integer(5)]]),
            _ => null,
        };
        var after = new PageCursor(3, 11, "Release:7").Encode();

        var result = await _reader.SearchAsync(new SearchRequest("blue", [], ["Electronic"], YearFrom: 1980, First: 1, After: after), CancellationToken.None);

        var sent = _server.Sent("Explore/Search/Page").Single().Parameters;
        Assert.Equal("+blue", sent.GetProperty("lucene").GetString());
        Assert.Equal(3, sent.GetProperty("skip").GetInt64());
        Assert.Equal(1980, sent.GetProperty("year_from").GetInt32());
        Assert.Equal(["master_search_name_fulltext", "release_search_name_fulltext"], sent.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("index").GetString()));
        var edge = Assert.Single(result.Hits.Edges);
        Assert.Equal(new EntitySummary(EntityRef.Release(8), "Blue Monday", 1983), edge.Node.Node);
        Assert.Equal(["Electronic", "Rock"], edge.Node.Genres);
        Assert.Equal("<b>Blue</b> Monday", edge.Node.Highlight);
        Assert.Equal(4.0 / 11, edge.Node.Relevance, 9);
        Assert.Equal(new PageCursor(4, 11, "Release:8"), PageCursor.Decode(edge.Cursor));
        Assert.Equal(5, result.Hits.TotalCount);
        Assert.True(result.Hits.HasNextPage);
        Assert.True(result.Hits.HasPreviousPage);
        Assert.Equal([new KindCount(EntityKind.Master, 2), new KindCount(EntityKind.Release, 3)], result.Facets.Kinds);
        Assert.Equal([new NameCount("Electronic", 4)], result.Facets.Genres);
        Assert.Equal([new DecadeCount(1980, 5)], result.Facets.Decades);
    }

    [Fact]
    public async Task SearchAsync_FiltersWithOnlyArtists_IsEmptyWithoutSending()
    {
        var result = await _reader.SearchAsync(new SearchRequest("blue", [EntityKind.Artist], ["Rock"]), CancellationToken.None);

        Assert.Equal(0, result.Hits.TotalCount);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task SearchAsync_ShortQuery_Throws()
    {
        var error = await Assert.ThrowsAsync<ExploreArgumentException>(() => _reader.SearchAsync(new SearchRequest("ab", [], []), CancellationToken.None));

        Assert.Equal(ExploreErrorCodes.QueryTooShort, error.Code);
    }
}
