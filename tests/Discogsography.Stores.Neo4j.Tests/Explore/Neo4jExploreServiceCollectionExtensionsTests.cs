using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Explore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

public sealed class Neo4jExploreServiceCollectionExtensionsTests
{
    private sealed class EarlierPathFinder : IPathFinder
    {
        public Task<PathResult?> FindPathAsync(EntityRef from, EntityRef to, int maxDepth, CancellationToken cancellationToken) =>
            Task.FromResult<PathResult?>(null);
    }

    [Fact]
    public void AddNeo4jExplore_AfterAnotherStore_ResolvesEveryPortToTheGraphReaders()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NEO4J_ADDRESS"] = "http://neo4j:7474" }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IPathFinder, EarlierPathFinder>()
            .AddNeo4jExplore(configuration)
            .BuildServiceProvider();

        Assert.IsType<Neo4jEntityReader>(provider.GetRequiredService<IEntityReader>());
        Assert.IsType<Neo4jExploreReader>(provider.GetRequiredService<IExploreReader>());
        Assert.IsType<Neo4jSearchReader>(provider.GetRequiredService<ISearchReader>());
        Assert.IsType<Neo4jPathFinder>(provider.GetRequiredService<IPathFinder>());
        Assert.IsType<Neo4jGraphOverviewReader>(provider.GetRequiredService<IGraphOverviewReader>());
        Assert.Single(provider.GetServices<IPathFinder>());
    }
}
