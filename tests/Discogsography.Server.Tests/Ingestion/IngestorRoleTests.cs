using Discogsography.Pipeline.Bus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Discogsography.Server.Tests.Ingestion;

/// <summary>Every role derives the bus consumers from the configured stores, so the extractor declares the ingestors' queues.</summary>
public sealed class IngestorRoleTests
{
    private static IList<string> ConsumersOf(params (string Key, string Value)[] settings)
    {
        using var factory = new ConfiguredFactory(settings);
        return factory.Services.GetRequiredService<IOptions<BusOptions>>().Value.Consumers;
    }

    [Fact]
    public void BusConsumers_ByDefault_AreTheRelationalStoreAlone() =>
        Assert.Equal(["sql"], ConsumersOf());

    [Fact]
    public void BusConsumers_WithNeo4jConfigured_IncludeTheGraphStore() =>
        Assert.Equal(["sql", "neo4j"], ConsumersOf(("Neo4j:Address", "http://127.0.0.1:7474")));

    [Fact]
    public void BusConsumers_ConfiguredExplicitly_AreKept() =>
        Assert.Equal(["custom"], ConsumersOf(("Bus:Consumers:0", "custom")));

    private sealed class ConfiguredFactory((string Key, string Value)[] settings) : ServerFactory
    {
        // The extractor declares the queues, so it is the role whose consumers matter; no check runs at start.
        protected override string Roles => "server,extractor";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Bus:Transport", "InProcess");
            builder.UseSetting("Dumps:Schedule:CheckAtStart", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
