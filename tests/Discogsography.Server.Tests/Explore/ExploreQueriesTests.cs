using System.Text;
using System.Text.Json.Nodes;

namespace Discogsography.Server.Tests.Explore;

/// <summary>The explore root fields and entity fields over the in-memory catalog: shapes, nulls for unknowns, error codes.</summary>
public sealed class ExploreQueriesTests : IDisposable
{
    private readonly ExploreTestHost _host = new(ExploreTestCatalog.Create());

    [Fact]
    public async Task Node_GlobalIdOfAnArtist_ResolvesWithItsFields()
    {
        string id = Id("Artist:1");

        var data = await _host.DataAsync($$"""{ node(id: "{{id}}") { __typename id ... on Artist { discogsId name aliases { name } groups { discogsId } } } }""");

        var node = data["node"]!;
        Assert.Equal("Artist", (string?)node["__typename"]);
        Assert.Equal(id, (string?)node["id"]);
        Assert.Equal(1, (long)node["discogsId"]!);
        Assert.Equal("Artist 1", (string?)node["name"]);
        Assert.Equal("Artist 2", (string?)node["aliases"]![0]!["name"]);
        Assert.Equal(3, (long)node["groups"]![0]!["discogsId"]!);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("QXJ0aXN0Ojk5OTk5")]
    [InlineData("VW5rbm93bjox")]
    [InlineData("QXJ0aXN0OmFiYw==")]
    [InlineData("R2VucmU6Tm9uZQ==")]
    public async Task Node_MalformedUnknownTypeOrMissingEntity_IsNull(string id)
    {
        var data = await _host.DataAsync($$"""{ node(id: "{{id}}") { id } }""");

        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task Nodes_KeepsTheOrderWithNullForWhatIsMissing()
    {
        var data = await _host.DataAsync($$"""{ nodes(ids: ["{{Id("Genre:Jazz")}}", "bad", "{{Id("Master:900")}}"]) { id } }""");

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(Id("Genre:Jazz"), (string?)nodes[0]!["id"]);
        Assert.Null(nodes[1]);
        Assert.Equal(Id("Master:900"), (string?)nodes[2]!["id"]);
    }

    [Fact]
    public async Task Nodes_MoreThanAHundredIds_IsTooManyIds()
    {
        string ids = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"{Id($"Artist:{i}")}\""));

        Assert.Equal("TOO_MANY_IDS", await _host.ErrorCodeAsync($"{{ nodes(ids: [{ids}]) {{ id }} }}"));
    }

    [Fact]
    public async Task TypedLookups_UnknownEntities_AreNull()
    {
        var data = await _host.DataAsync("""
            { artist(id: 404) { id } label(id: 404) { id } master(id: 404) { id } release(id: 404) { id } genre(name: "jazz") { id } style(name: "Nope") { id }
              explore(entity: { artistId: 404 }) { center { id } } trends(entity: { genre: "Nope" }) { year } path(from: { artistId: 404 }, to: { artistId: 1 }) { found } collaborators(artistId: 404) { totalCount } }
            """);

        Assert.All(data, field => Assert.Null(field.Value));
    }

    [Fact]
    public async Task Explore_Artist_ListsItsCategoriesWithCounts()
    {
        var data = await _host.DataAsync("""{ explore(entity: { artistId: 1 }) { center { __typename ... on Artist { name } } categories { category label count } } }""");

        Assert.Equal("Artist 1", (string?)data["explore"]!["center"]!["name"]);
        Assert.Equal(
            """[{"category":"RELEASES","label":"Releases","count":3},{"category":"LABELS","label":"Labels","count":1},{"category":"ALIASES","label":"Aliases & Members","count":2}]""",
            ExploreTestHost.Json(data["explore"]!["categories"]!));
    }

    [Fact]
    public async Task Expand_PagesThroughEveryReleaseOnceInOrder()
    {
        var first = await _host.DataAsync("""{ expand(entity: { genre: "Jazz" }, category: RELEASES, first: 25) { totalCount pageInfo { hasNextPage endCursor } nodes { ... on Release { discogsId year } } } }""");
        string cursor = (string)first["expand"]!["pageInfo"]!["endCursor"]!;
        var rest = await _host.DataAsync($$"""{ expand(entity: { genre: "Jazz" }, category: RELEASES, first: 200, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { ... on Release { discogsId year } } } }""");

        var all = first["expand"]!["nodes"]!.AsArray().Concat(rest["expand"]!["nodes"]!.AsArray()).ToList();
        Assert.Equal(60, (int)first["expand"]!["totalCount"]!);
        Assert.True((bool)first["expand"]!["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)rest["expand"]!["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)rest["expand"]!["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(60, all.Select(n => (long)n!["discogsId"]!).Distinct().Count());
        Assert.Equal(2011, (int)all[0]!["year"]!);
        Assert.Null(all[^1]!["year"]);
    }

    [Fact]
    public async Task ArtistReleases_BeforeYear_KeepsOnlyKnownYearsUpToIt()
    {
        var data = await _host.DataAsync("{ artist(id: 5) { releases(beforeYear: 1995) { totalCount nodes { year } } labels { edges { releaseCount node { name } } } } }");

        Assert.Equal(1, (int)data["artist"]!["releases"]!["totalCount"]!);
        Assert.Equal(1995, (int)data["artist"]!["releases"]!["nodes"]![0]!["year"]!);
        Assert.Equal(3, (int)data["artist"]!["labels"]!["edges"]![0]!["releaseCount"]!);
        Assert.Equal("Odd Records", (string?)data["artist"]!["labels"]!["edges"]![0]!["node"]!["name"]);
    }

    [Fact]
    public async Task Release_RecordFields_AreServed()
    {
        var data = await _host.DataAsync("""
            { release(id: 110) { title year released master { title mainRelease { discogsId } } artists { name join artist { realName } }
              labels { catalogNumber label { name } } formats { name quantity descriptions } genres { name releaseCount } styles { name }
              tracklist { position title subTracks { position title duration } } identifiers { type value }
              credits(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { person { id name } artist { discogsId } anv role roles tracks } } } }
            """);

        var release = data["release"]!;
        Assert.Equal("Release 110", (string?)release["title"]);
        Assert.Equal("Master of 1", (string?)release["master"]!["title"]);
        Assert.Equal(110, (long)release["master"]!["mainRelease"]!["discogsId"]!);
        Assert.Equal("Real 1", (string?)release["artists"]![0]!["artist"]!["realName"]);
        Assert.Equal("CAT-110", (string?)release["labels"]![0]!["catalogNumber"]);
        Assert.Equal("""{"name":"Vinyl","quantity":2,"descriptions":["LP","Album"]}""", release["formats"]![0]!.ToJsonString());
        Assert.Equal(60, (int)release["genres"]![0]!["releaseCount"]!);
        Assert.Equal("Part 1", (string?)release["tracklist"]![0]!["subTracks"]![0]!["title"]);
        var credits = release["credits"]!;
        Assert.Equal(2, (int)credits["totalCount"]!);
        Assert.True((bool)credits["pageInfo"]!["hasNextPage"]!);
        Assert.Equal("""{"person":{"id":"UGVyc29uOkFydGlzdCA3","name":"Artist 7"},"artist":{"discogsId":7},"anv":"Seven","role":"Producer, Mixed By [Assistant]","roles":["Producer","Mixed By [Assistant]"],"tracks":"A1 to B2"}""",
            credits["nodes"]![0]!.ToJsonString());

        string cursor = (string)credits["pageInfo"]!["endCursor"]!;
        var next = await _host.DataAsync($$"""{ release(id: 110) { credits(after: "{{cursor}}") { nodes { person { name } artist { id } } } } }""");
        Assert.Equal("""[{"person":{"name":"Jo Engineer"},"artist":null}]""", next["release"]!["credits"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Trends_Autocomplete_Search_Path_AndOverviews_Answer()
    {
        var data = await _host.DataAsync("""
            { trends(entity: { labelId: 500 }) { year count }
              autocomplete(query: "artist 1", first: 2) { type name score node { id } }
              search(query: "release 11", first: 2) { totalCount edges { type name highlight year genres } facets { types { value count } decades { value count } } }
              path(from: { releaseId: 110 }, to: { artistId: 1 }) { found length steps { relationship forward node { __typename } } }
              same: path(from: { genre: "Jazz" }, to: { genre: "Jazz" }) { found length steps { relationship } }
              yearRange { min max } genreEmergence(beforeYear: 1992) { genres { genre { name } firstYear } styles { style { name } firstYear } }
              collaborators(artistId: 1) { artist { name } totalCount items { releaseCount } }
              genreTree(stylesPerGenre: 1) { genre { name } releaseCount styles { style { name } releaseCount } } }
            """);

        Assert.Equal("""[{"year":1992,"count":1},{"year":1993,"count":1}]""", data["trends"]!.AsArray().Take(2).Select(n => n!.ToJsonString()).Aggregate((a, b) => a + "," + b).Insert(0, "[") + "]");
        Assert.Equal("""[{"type":"ARTIST","name":"Artist 1","score":1,"node":{"id":"QXJ0aXN0OjE="}},{"type":"ARTIST","name":"Artist 10","score":0.5,"node":{"id":"QXJ0aXN0OjEw"}}]""",
            data["autocomplete"]!.ToJsonString());
        Assert.Equal(3, (int)data["search"]!["totalCount"]!);
        Assert.Equal("""{"type":"RELEASE","name":"Release 110","highlight":"<b>Release</b> <b>110</b>","year":1991,"genres":["Jazz"]}""", ExploreTestHost.Json(data["search"]!["edges"]![0]!));
        Assert.Equal("""{"types":[{"value":"release","count":3}],"decades":[{"value":"1990s","count":2}]}""", data["search"]!["facets"]!.ToJsonString());
        Assert.Equal("""{"found":true,"length":1,"steps":[{"relationship":null,"forward":null,"node":{"__typename":"Release"}},{"relationship":"BY","forward":true,"node":{"__typename":"Artist"}}]}""",
            data["path"]!.ToJsonString());
        Assert.Equal("""{"found":true,"length":0,"steps":[{"relationship":null}]}""", data["same"]!.ToJsonString());
        Assert.Equal("""{"min":1991,"max":2011}""", data["yearRange"]!.ToJsonString());
        Assert.Equal("""{"genres":[{"genre":{"name":"Jazz"},"firstYear":1991}],"styles":[{"style":{"name":"Hard Bop"},"firstYear":1991}]}""", data["genreEmergence"]!.ToJsonString());
        Assert.Equal("""{"artist":{"name":"Artist 1"},"totalCount":0,"items":[]}""", data["collaborators"]!.ToJsonString());
        Assert.Equal("""[{"genre":{"name":"Jazz"},"releaseCount":60,"styles":[{"style":{"name":"Cool Jazz"},"releaseCount":30}]}]""", data["genreTree"]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{ expand(entity: { artistId: 1 }, category: GENRES) { totalCount } }""", "UNKNOWN_CATEGORY")]
    [InlineData("""{ expand(entity: { releaseId: 110 }, category: RELEASES) { totalCount } }""", "UNKNOWN_CATEGORY")]
    [InlineData("""{ expand(entity: { artistId: 1 }, category: RELEASES, first: 0) { totalCount } }""", "FIRST_OUT_OF_RANGE")]
    [InlineData("""{ expand(entity: { artistId: 1 }, category: RELEASES, first: 201) { totalCount } }""", "FIRST_OUT_OF_RANGE")]
    [InlineData("""{ expand(entity: { artistId: 1 }, category: RELEASES, beforeYear: 1899) { totalCount } }""", "BEFORE_YEAR_OUT_OF_RANGE")]
    [InlineData("""{ expand(entity: { artistId: 1 }, category: RELEASES, after: "nope") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ artist(id: 1) { releases(beforeYear: 2031) { totalCount } } }""", "BEFORE_YEAR_OUT_OF_RANGE")]
    [InlineData("""{ release(id: 110) { credits(first: 0) { totalCount } } }""", "FIRST_OUT_OF_RANGE")]
    [InlineData("""{ release(id: 110) { credits(after: "nope") { totalCount } } }""", "INVALID_CURSOR")]
    [InlineData("""{ path(from: { artistId: 1 }, to: { artistId: 2 }, maxDepth: 11) { found } }""", "MAX_DEPTH_OUT_OF_RANGE")]
    [InlineData("""{ path(from: { artistId: 1 }, to: { artistId: 2 }, maxDepth: 0) { found } }""", "MAX_DEPTH_OUT_OF_RANGE")]
    [InlineData("""{ autocomplete(query: " ab ") { name } }""", "QUERY_TOO_SHORT")]
    [InlineData("""{ autocomplete(query: "artist", first: 51) { name } }""", "FIRST_OUT_OF_RANGE")]
    [InlineData("""{ search(query: "ab") { totalCount } }""", "QUERY_TOO_SHORT")]
    [InlineData("""{ search(query: "release", yearFrom: 2000, yearTo: 1990) { totalCount } }""", "YEAR_OUT_OF_RANGE")]
    [InlineData("""{ genreEmergence(beforeYear: 2031) { genres { firstYear } } }""", "BEFORE_YEAR_OUT_OF_RANGE")]
    [InlineData("""{ collaborators(artistId: 1, first: 101) { totalCount } }""", "FIRST_OUT_OF_RANGE")]
    [InlineData("""{ genreTree(stylesPerGenre: 0) { releaseCount } }""", "ARGUMENT_OUT_OF_RANGE")]
    [InlineData("""{ trends(entity: { genre: "" }) { year } }""", "BAD_USER_INPUT")]
    public async Task BadArgument_IsAnErrorWithItsStableCode(string query, string code)
    {
        Assert.Equal(code, await _host.ErrorCodeAsync(query));
    }

    [Fact]
    public async Task BadArgumentInANestedConnection_FailsThatFieldOnly()
    {
        var result = await _host.RunAsync("""{ a: artist(id: 1) { name releases(first: 500) { totalCount } } b: artist(id: 2) { name } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("FIRST_OUT_OF_RANGE", error.Code);
        Assert.Equal(["a", "releases"], error.Path);
        var data = JsonNode.Parse(result.ToJson())!["data"]!;
        Assert.Equal("Artist 2", (string?)data["b"]!["name"]);
    }

    public void Dispose() => _host.Dispose();

    private static string Id(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
