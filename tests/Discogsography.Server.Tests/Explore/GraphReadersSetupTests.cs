using Discogsography.Catalog.Explore;
using Discogsography.Server.Explore;
using Discogsography.Stores.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Explore;

/// <summary>Which store the explore API reads: Neo4j when configured (unless Graph:Store=Relational), else the relational catalog.</summary>
public sealed class GraphReadersSetupTests
{
    private static async Task<string[]> ReaderNamespacesForAsync(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddSqlStore(configuration).AddGraphReaders(configuration);
        await using var provider = services.BuildServiceProvider();
        object[] readers =
        [
            provider.GetRequiredService<IEntityReader>(),
            provider.GetRequiredService<IExploreReader>(),
            provider.GetRequiredService<ISearchReader>(),
            provider.GetRequiredService<IPathFinder>(),
            provider.GetRequiredService<IGraphOverviewReader>(),
        ];
        return [.. readers.Select(r => r.GetType().Namespace ?? "").Distinct()];
    }

    [Fact]
    public async Task AddGraphReaders_WithoutNeo4j_ReadsTheRelationalCatalog() =>
        Assert.Equal(["Discogsography.Stores.Sql.Explore"], await ReaderNamespacesForAsync());

    [Fact]
    public async Task AddGraphReaders_WithNeo4jAddress_ReadsNeo4j() =>
        Assert.Equal(["Discogsography.Stores.Neo4j.Explore"], await ReaderNamespacesForAsync(("NEO4J_ADDRESS", "http://127.0.0.1:7474")));

    [Fact]
    public async Task AddGraphReaders_WithNeo4jAndGraphStoreRelational_ReadsTheRelationalCatalog() =>
        Assert.Equal(["Discogsography.Stores.Sql.Explore"], await ReaderNamespacesForAsync(("Neo4j:Address", "http://127.0.0.1:7474"), ("Graph:Store", "Relational")));
}
