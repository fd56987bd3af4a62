namespace Discogsography.Server.Tests.Explore;

/// <summary>Parent → children lists go through the request's DataLoaders: one batched store call per level, never one per parent.</summary>
public sealed class ExploreDataLoaderTests : IDisposable
{
    private readonly ExploreTestHost _host = new(ExploreTestCatalog.Create());

    [Fact]
    public async Task NestedQuery_TwentyArtistsReleasesAndLabels_OneBatchedCallPerLevel()
    {
        var data = await _host.DataAsync("""
            { genre(name: "Jazz") { artists(first: 20) { nodes { realName releases(first: 3) { totalCount nodes { country labels { label { profile } } } } } } } }
            """);

        var artists = data["genre"]!["artists"]!["nodes"]!.AsArray();
        Assert.Equal(20, artists.Count);
        Assert.All(artists, a => Assert.Equal(3, (int)a!["releases"]!["totalCount"]!));
        Assert.Equal("Even", (string?)artists.Select(a => a!["releases"]!["nodes"]![0]!["labels"]![0]!["label"]!["profile"]).First(p => p is not null));
        // genre(name:) loads the genre; genre.artists is one expand; the 20 artists' records one batch; their releases one
        // expand over 20 parents; the 60 releases one batch; the labels one batch.
        Assert.Equal(1, _host.Catalog.Calls("GetGenresAsync"));
        Assert.Equal(2, _host.Catalog.Calls("ExpandManyAsync"));
        Assert.Equal(1, _host.Catalog.Calls("GetArtistsAsync"));
        Assert.Equal(1, _host.Catalog.Calls("GetReleasesAsync"));
        Assert.Equal(1, _host.Catalog.Calls("GetLabelsAsync"));
        Assert.Contains(("ExpandManyAsync", 20), _host.Catalog.CallLog);
        Assert.Contains(("GetReleasesAsync", 60), _host.Catalog.CallLog);
        Assert.Contains(("GetLabelsAsync", 2), _host.Catalog.CallLog);
    }

    [Fact]
    public async Task SeveralFieldsAwaitingTheSameReleases_TheirArtistsStillLoadInOneBatch()
    {
        // country, year and artists all wait for each release's record: the next level's loads must still share one batch.
        var data = await _host.DataAsync("""{ expand(entity: { genre: "Jazz" }, category: RELEASES, first: 60) { nodes { ... on Release { country year artists { artist { realName } } } } } }""");

        Assert.Equal(60, data["expand"]!["nodes"]!.AsArray().Count);
        Assert.Equal(["ExpandAsync:1", "GetReleasesAsync:60", "GetArtistsAsync:20"], _host.Catalog.CallLog.Select(c => $"{c.Method}:{c.Keys}"));
    }

    [Fact]
    public async Task SameArtistRequestedTwice_IsLoadedOnce()
    {
        var data = await _host.DataAsync("{ a: artist(id: 1) { realName } b: artist(id: 1) { profile urls } c: artist(id: 2) { realName } }");

        Assert.Equal("Real 1", (string?)data["a"]!["realName"]);
        Assert.Equal("https://example.org/1", (string?)data["b"]!["urls"]![0]);
        Assert.Equal(1, _host.Catalog.Calls("GetArtistsAsync"));
        Assert.Contains(("GetArtistsAsync", 2), _host.Catalog.CallLog);
    }

    [Fact]
    public async Task NodesOfMixedTypes_OneBatchPerType()
    {
        string ids = string.Join(", ", new[] { "Artist:1", "Artist:2", "Release:110", "Label:500", "Release:111" }
            .Select(id => "\"" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id)) + "\""));

        var data = await _host.DataAsync($"{{ nodes(ids: [{ids}]) {{ __typename }} }}");

        Assert.Equal(["Artist", "Artist", "Release", "Label", "Release"], data["nodes"]!.AsArray().Select(n => (string?)n!["__typename"]));
        Assert.Equal(1, _host.Catalog.Calls("GetArtistsAsync"));
        Assert.Equal(1, _host.Catalog.Calls("GetReleasesAsync"));
        Assert.Equal(1, _host.Catalog.Calls("GetLabelsAsync"));
    }

    public void Dispose() => _host.Dispose();
}
