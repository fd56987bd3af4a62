using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

public sealed class Neo4jPathFinderTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private Neo4jPathFinder _finder = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        var client = Neo4jTestClient.Create(_server.Address);
        _finder = new Neo4jPathFinder(client, new Neo4jEntityReader(client));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FindPathAsync_PathAnswer_MapsStepsWithRelationshipAndDirection()
    {
        // Artist 1 <-BY- Release 10 -IS-> Genre Electronic
        var path = TypedValues.Path(
            TypedValues.Node("n1", "Artist", ("id", Typed.Integer(1)), ("name", Typed.String("The Persuader"))),
            TypedValues.Relationship("r1", "n10", "n1", "BY"),
            TypedValues.Node("n10", "Release", ("id", Typed.Integer(10)), ("title", Typed.String("Stockholm")), ("year", Typed.Integer(1999))),
            TypedValues.Relationship("r2", "n10", "g", "IS"),
            TypedValues.Node("g", "Genre", ("name", Typed.String("Electronic"))));
        _server.Responder = r => r.StatementName == "Explore/Paths/Depth04" ? FakeAnswer.Rows(["path"], [[path]]) : null;

        var result = await _finder.FindPathAsync(EntityRef.Artist(1), EntityRef.Genre("Electronic"), 4, CancellationToken.None);

        Assert.Equal(2, result!.Length);
        Assert.True(result.Found);
        Assert.Equal(
            [
                new PathStep(new EntitySummary(EntityRef.Artist(1), "The Persuader"), null, null),
                new PathStep(new EntitySummary(EntityRef.Release(10), "Stockholm", 1999), PathRelationship.By, false),
                new PathStep(new EntitySummary(EntityRef.Genre("Electronic"), "Electronic"), PathRelationship.Is, true),
            ],
            result.Steps);
        var sent = _server.Sent("Explore/Paths/Depth04").Single().Parameters;
        Assert.Equal("Artist", sent.GetProperty("from_kind").GetString());
        Assert.Equal(1, sent.GetProperty("from_id").GetInt64());
        Assert.Equal("Genre", sent.GetProperty("to_kind").GetString());
        Assert.Equal("Electronic", sent.GetProperty("to_name").GetString());
    }

    [Fact]
    public async Task FindPathAsync_NullPath_IsNotFound()
    {
        _server.Responder = r => r.StatementName == "Explore/Paths/Depth06" ? FakeAnswer.Rows(["path"], [[Typed.Null]]) : null;

        var result = await _finder.FindPathAsync(EntityRef.Artist(1), EntityRef.Label(2), 6, CancellationToken.None);

        Assert.Equal(PathResult.NotFound, result);
    }

    [Fact]
    public async Task FindPathAsync_NoRow_IsNullBecauseAnEndIsUnknown()
    {
        Assert.Null(await _finder.FindPathAsync(EntityRef.Artist(1), EntityRef.Label(2), 10, CancellationToken.None));
        Assert.Equal(["Explore/Paths/Depth10"], _server.StatementNames);
    }

    [Fact]
    public async Task FindPathAsync_SameNode_IsOneStepOfLengthZeroWithoutShortestPath()
    {
        _server.Responder = r => r.StatementName == "Explore/Entities/Summaries"
            ? FakeAnswer.Rows(["kind", "id", "name", "year"], [[Typed.String("Master"), Typed.Integer(3), Typed.String("M"), Typed.Integer(2001)]])
            : null;

        var result = await _finder.FindPathAsync(EntityRef.Master(3), EntityRef.Master(3), 6, CancellationToken.None);

        Assert.Equal(new PathStep(new EntitySummary(EntityRef.Master(3), "M", 2001), null, null), Assert.Single(result!.Steps));
        Assert.Equal(0, result.Length);
        Assert.Equal(["Explore/Entities/Summaries"], _server.StatementNames);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task FindPathAsync_DepthOutOfRange_ThrowsWithoutSending(int depth)
    {
        var error = await Assert.ThrowsAsync<ExploreArgumentException>(() => _finder.FindPathAsync(EntityRef.Artist(1), EntityRef.Artist(2), depth, CancellationToken.None));

        Assert.Equal(ExploreErrorCodes.MaxDepthOutOfRange, error.Code);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Statement_EachAllowedDepth_HasItsBoundAsALiteral()
    {
        for (var depth = 1; depth <= ExploreLimits.MaxPathDepth; depth++)
        {
            Assert.Contains($"DERIVED_FROM*..{depth}]", Neo4jPathFinder.Statement(depth).Text, StringComparison.Ordinal);
        }
    }
}
