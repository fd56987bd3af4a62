using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Statistics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j.Tests;

public sealed class Neo4jStoreServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> values) =>
        new ServiceCollection()
            .AddNeo4jStore(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddNeo4jStore_SeedVariables_FillTheOptions()
    {
        using var provider = Build(new()
        {
            ["NEO4J_ADDRESS"] = "http://neo4j:7474",
            ["NEO4J_USERNAME"] = "admin",
            ["NEO4J_PASSWORD"] = "pw",
            ["NEO4J_DATABASE"] = "discogs",
        });

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("http://neo4j:7474"), options.Address);
        Assert.Equal(("admin", "pw", "discogs"), (options.Username, options.Password, options.Database));
    }

    [Fact]
    public void AddNeo4jStore_SectionValues_WinOverSeedVariables()
    {
        using var provider = Build(new()
        {
            ["Neo4j:Address"] = "https://graph.example:7473",
            ["Neo4j:Database"] = "neo4j",
            ["NEO4J_ADDRESS"] = "http://other:7474",
            ["NEO4J_DATABASE"] = "other",
        });

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("https://graph.example:7473"), options.Address);
        Assert.Equal("neo4j", options.Database);
    }

    [Fact]
    public void AddNeo4jStore_CredentialsInTheAddress_MoveToUsernameAndPassword()
    {
        using var provider = Build(new() { ["NEO4J_ADDRESS"] = "http://reader:p%40ss@neo4j:7474" });

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("http://neo4j:7474"), options.Address);
        Assert.Equal(("reader", "p@ss"), (options.Username, options.Password));
    }

    [Theory]
    [InlineData("bolt://neo4j:7687", "http://neo4j:7474/")]
    [InlineData("neo4j+s://db.example", "https://db.example:7474/")]
    [InlineData("localhost:7474", "http://localhost:7474/")]
    public void HttpAddress_SeedAddress_BecomesTheQueryApiAddress(string seed, string expected) =>
        Assert.Equal(new Uri(expected), Neo4jStoreServiceCollectionExtensions.HttpAddress(seed));

    [Fact]
    public void AddNeo4jStore_NoAddress_FailsValidationNamingTheSetting()
    {
        using var provider = Build([]);

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains("NEO4J_ADDRESS", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNeo4jStore_Registration_AddsTheWriterAndReplacesStatistics()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICatalogStatistics, PlaceholderStatistics>();
        services.AddNeo4jStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NEO4J_ADDRESS"] = "http://x:7474" }).Build());
        using var provider = services.BuildServiceProvider();

        var writer = Assert.Single(provider.GetServices<ICatalogWriter>());
        Assert.Equal("neo4j", writer.StoreName);
        Assert.IsType<Neo4jCatalogStatistics>(provider.GetRequiredService<ICatalogStatistics>());
    }

    private sealed class PlaceholderStatistics : ICatalogStatistics
    {
        public Task<CatalogCounts> GetCountsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
