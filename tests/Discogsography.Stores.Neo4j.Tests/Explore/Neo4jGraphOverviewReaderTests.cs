using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

public sealed class Neo4jGraphOverviewReaderTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private Neo4jGraphOverviewReader _reader = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        var client = Neo4jTestClient.Create(_server.Address);
        _reader = new Neo4jGraphOverviewReader(client, new Neo4jEntityReader(client));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetYearRangeAsync_OutlyingYears_AreClamped()
    {
        _server.Responder = r => r.StatementName == "Explore/Overview/YearRange" ? FakeAnswer.Rows(["min", "max"], [[Typed.Integer(1877), Typed.Integer(2020)]]) : null;

        Assert.Equal(new YearRange(ExploreLimits.MinBeforeYear, 2020), await _reader.GetYearRangeAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetGenreEmergenceAsync_Rows_SplitByKindAndOrderByYearThenName()
    {
        _server.Responder = r => r.StatementName == "Explore/Overview/FirstYears"
            ? FakeAnswer.Rows(["kind", "name", "first_year"], [
                [Typed.String("Style"), Typed.String("Dub"), Typed.Integer(1975)],
                [Typed.String("Genre"), Typed.String("Rock"), Typed.Integer(1960)],
                [Typed.String("Genre"), Typed.String("Jazz"), Typed.Integer(1960)],
                [Typed.String("Genre"), Typed.String("Blues"), Typed.Integer(1950)]])
            : null;

        var emergence = await _reader.GetGenreEmergenceAsync(1980, CancellationToken.None);

        Assert.Equal([new FirstAppearance("Blues", 1950), new FirstAppearance("Jazz", 1960), new FirstAppearance("Rock", 1960)], emergence.Genres);
        Assert.Equal([new FirstAppearance("Dub", 1975)], emergence.Styles);
        Assert.Equal(1980, _server.Sent("Explore/Overview/FirstYears").Single().Parameters.GetProperty("before_year").GetInt32());
    }

    [Fact]
    public async Task GetGenreTreeAsync_CountsAndPairs_OrderAndCapStylesPerGenre()
    {
        _server.Responder = r => r.StatementName switch
        {
            "Explore/Overview/GenreReleaseCounts" => FakeAnswer.Rows(["name", "count"], [[Typed.String("Jazz"), Typed.Integer(2)], [Typed.String("Rock"), Typed.Integer(9)]]),
            "Explore/Overview/GenreStylePairs" => FakeAnswer.Rows(["genre", "style", "count"], [
                [Typed.String("Rock"), Typed.String("Punk"), Typed.Integer(3)],
                [Typed.String("Rock"), Typed.String("Indie"), Typed.Integer(5)],
                [Typed.String("Rock"), Typed.String("Art"), Typed.Integer(3)]]),
            _ => null,
        };

        var tree = await _reader.GetGenreTreeAsync(2, CancellationToken.None);

        Assert.Equal(["Rock", "Jazz"], tree.Select(entry => entry.Genre));
        Assert.Equal([new NameCount("Indie", 5), new NameCount("Art", 3)], tree[0].Styles);
        Assert.Empty(tree[1].Styles);
    }

    [Fact]
    public async Task GetCollaboratorsAsync_YearRows_GroupPerArtistByTotalThenId()
    {
        _server.Responder = r => r.StatementName switch
        {
            "Explore/Entities/Summaries" => FakeAnswer.Rows(["kind", "id", "name", "year"], [[Typed.String("Artist"), Typed.Integer(1), Typed.String("Me"), Typed.Null]]),
            "Explore/Overview/Collaborations" => FakeAnswer.Rows(["id", "name", "year", "count"], [
                [Typed.Integer(5), Typed.String("Five"), Typed.Integer(2001), Typed.Integer(1)],
                [Typed.Integer(3), Typed.String("Three"), Typed.Integer(1999), Typed.Integer(1)],
                [Typed.Integer(3), Typed.String("Three"), Typed.Integer(1995), Typed.Integer(1)],
                [Typed.Integer(4), Typed.String("Four"), Typed.Integer(2000), Typed.Integer(1)]]),
            _ => null,
        };

        var result = await _reader.GetCollaboratorsAsync(1, 2, CancellationToken.None);

        Assert.Equal(3, result!.TotalCount);
        Assert.Equal(new EntitySummary(EntityRef.Artist(1), "Me"), result.Artist);
        Assert.Equal([3L, 4L], result.Collaborators.Select(c => c.Artist.Ref.Id));
        var three = result.Collaborators[0];
        Assert.Equal((2L, 1995, 1999), (three.ReleaseCount, three.FirstYear, three.LastYear));
        Assert.Equal([new YearCount(1995, 1), new YearCount(1999, 1)], three.YearlyCounts);
    }

    [Fact]
    public async Task GetCollaboratorsAsync_UnknownArtist_IsNull()
    {
        Assert.Null(await _reader.GetCollaboratorsAsync(1, 5, CancellationToken.None));
        Assert.Equal(["Explore/Entities/Summaries"], _server.StatementNames);
    }
}
