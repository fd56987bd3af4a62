using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Statistics;

public sealed class Neo4jCatalogStatisticsTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetCountsAsync_OneRow_MapsEachCountByName()
    {
        _server.Responder = r => r.StatementName == "Statistics/CatalogCounts"
            ? FakeAnswer.Rows(
                ["styles", "genres", "releases", "masters", "labels", "artists"],
                [[Typed.Integer(6), Typed.Integer(5), Typed.Integer(4), Typed.Integer(3), Typed.Integer(2), Typed.Integer(1)]])
            : null;
        var store = new Neo4jStore(Neo4jTestClient.Options(_server.Address));

        var counts = await store.Statistics.GetCountsAsync(CancellationToken.None);

        Assert.Equal(new CatalogCounts(1, 2, 3, 4, 5, 6), counts);
        Assert.Equal(["Statistics/CatalogCounts"], _server.StatementNames);
    }
}
