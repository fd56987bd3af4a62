using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Discogsography.Tests.Shared;

namespace Discogsography.Server.Tests.Explore;

/// <summary>
/// The explore API through the real HTTP endpoint over SQLite holding the real 2020 sample: each response is compared
/// with its approved JSON file in <c>Approved/</c>.
/// </summary>
public sealed class ExploreHttpTests : IClassFixture<SampleServerFactory>
{
    private readonly SampleServerFactory _server;

    public ExploreHttpTests(SampleServerFactory server) => _server = server;

    [SharedDataFact]
    public Task Explore_ArtistWithAliases_CentreAndCategoryCounts() => VerifyAsync("explore-artist", """
        { explore(entity: { artistId: 1 }) { center { __typename id ... on Artist { discogsId name realName } } categories { category label count } }
          expand(entity: { artistId: 1 }, category: ALIASES, first: 3) { totalCount pageInfo { hasNextPage endCursor }
            edges { cursor releaseCount node { __typename id ... on Artist { discogsId name } } } } }
        """);

    [SharedDataFact]
    public Task Expand_GenreReleases_FirstPageAndTheNext() => VerifyAsync("expand-genre-releases", """
        { first: expand(entity: { genre: "Electronic" }, category: RELEASES, first: 3, beforeYear: 1995) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            nodes { ... on Release { discogsId title year } } }
          labels: expand(entity: { genre: "Electronic" }, category: LABELS, first: 3) { totalCount edges { releaseCount node { ... on Label { discogsId name } } } } }
        """);

    [SharedDataFact]
    public Task Release_EveryRecordField() => VerifyAsync("release-details", """
        { release(id: 1) { id discogsId title status country released year notes dataQuality isMainRelease
            master { discogsId title year } artists { name anv join artist { id name } }
            credits(first: 5) { totalCount pageInfo { hasNextPage } nodes { person { id name } artist { discogsId } anv role roles tracks } }
            labels { catalogNumber name label { discogsId name } } series { name catalogNumber } formats { name quantity text descriptions }
            genres { name } styles { name } tracklist { position title duration artists { name } credits { role person { name } } subTracks { position title } }
            identifiers { type description value } videos { url duration embed title } companies { name catalogNumber entityType role label { discogsId } } } }
        """);

    [SharedDataFact]
    public Task Artist_NodeWithNestedConnections() => VerifyAsync("artist-nested", """
        { artist(id: 1) { id name realName profile dataQuality nameVariations urls aliases { discogsId name } members { name } groups { name }
            releases(first: 3) { totalCount pageInfo { hasNextPage } edges { node { discogsId title year labels { name catalogNumber } } } }
            labels(first: 3) { totalCount edges { releaseCount node { discogsId name } } } } }
        """);

    [SharedDataFact]
    public Task Node_GlobalIdsOfEveryKind() => VerifyAsync("nodes", """
        { nodes(ids: ["QXJ0aXN0OjE=", "UmVsZWFzZTox", "R2VucmU6RWxlY3Ryb25pYw==", "TGFiZWw6MQ==", "bm90IGFuIGlk", "QXJ0aXN0Ojk5OTk5OTk5OQ=="]) {
            __typename id ... on Artist { name } ... on Release { title } ... on Genre { genreName: name releaseCount artistCount labelCount styleCount firstYear } ... on Label { name } } }
        """);

    [SharedDataFact]
    public Task Trends_Overviews_AndGenreTree() => VerifyAsync("overviews", """
        { trends(entity: { genre: "Jazz" }) { year count } yearRange { min max } genreEmergence(beforeYear: 1960) { genres { genre { name } firstYear } styles { style { name } firstYear } }
          genreTree(stylesPerGenre: 2) { genre { name } releaseCount styles { style { name } releaseCount } } }
        """);

    [SharedDataFact]
    public Task Autocomplete_Search_AndPath() => VerifyAsync("find", """
        { autocomplete(query: "persu", first: 3) { type name score node { id } }
          search(query: "house", first: 3) { totalCount pageInfo { hasNextPage } edges { type name highlight year genres node { id } } facets { types { value count } genres { value count } decades { value count } } }
          path(from: { artistId: 1 }, to: { genre: "Electronic" }, maxDepth: 4) { found length steps { relationship forward node { __typename id } } }
          same: path(from: { artistId: 1 }, to: { artistId: 1 }) { found length steps { relationship node { id } } }
          collaborators(artistId: 1, first: 3) { totalCount items { artist { name } releaseCount firstYear lastYear yearlyCounts { year count } } } }
        """);

    [SharedDataFact]
    public Task Errors_BadArgumentsAndUnknownEntities() => VerifyAsync("errors", """
        { unknownCategory: expand(entity: { artistId: 1 }, category: STYLES) { totalCount }
          tooShort: autocomplete(query: "ab") { name }
          tooDeep: path(from: { artistId: 1 }, to: { artistId: 2 }, maxDepth: 11) { found }
          unknownArtist: artist(id: 999999999) { name }
          unknownExplore: explore(entity: { style: "No Such Style" }) { center { id } } }
        """);

    [SharedDataFact]
    public async Task Post_ExpandWithATwoOneOfFields_IsAValidationError()
    {
        using HttpClient client = _server.CreateClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync("/graphql", new { query = """{ explore(entity: { artistId: 1, genre: "Jazz" }) { categories { count } } }""" });

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(json["data"]);
        Assert.Contains("exactly one", (string?)json["errors"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    private async Task VerifyAsync(string name, string query)
    {
        Assert.True(_server.IsLoaded);
        using HttpClient client = _server.CreateClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync("/graphql", new { query });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ApprovedJson.Verify(name, await response.Content.ReadAsStringAsync());
    }
}
