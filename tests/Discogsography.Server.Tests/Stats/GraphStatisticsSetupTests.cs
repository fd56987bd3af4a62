using Discogsography.Catalog.Ingestion;
using Discogsography.Server.Stats;
using Discogsography.Stores.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Stats;

/// <summary>Which store answers <c>graphStats</c>: Neo4j when configured (unless Graph:Store=Relational), else the relational catalog.</summary>
public sealed class GraphStatisticsSetupTests
{
    private static async Task<string> StatisticsTypeForAsync(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddSqlStore(configuration).AddGraphStatistics(configuration);
        await using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ICatalogStatistics>().GetType().Name;
    }

    [Fact]
    public async Task AddGraphStatistics_WithoutNeo4j_CountsTheRelationalCatalog() =>
        Assert.Equal("SqlCatalogStatistics", await StatisticsTypeForAsync());

    [Fact]
    public async Task AddGraphStatistics_WithNeo4jAddress_CountsNeo4j() =>
        Assert.Equal("Neo4jCatalogStatistics", await StatisticsTypeForAsync(("NEO4J_ADDRESS", "http://127.0.0.1:7474")));

    [Fact]
    public async Task AddGraphStatistics_WithNeo4jAndGraphStoreRelational_CountsTheRelationalCatalog() =>
        Assert.Equal("SqlCatalogStatistics", await StatisticsTypeForAsync(("Neo4j:Address", "http://127.0.0.1:7474"), ("Graph:Store", "Relational")));
}
