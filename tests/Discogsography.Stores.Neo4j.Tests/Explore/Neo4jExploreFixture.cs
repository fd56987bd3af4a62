using Discogsography.Catalog.ContractTests;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;
using Discogsography.Stores.Neo4j.Tests.Integration;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

/// <summary>
/// The real sample written into the Neo4j server <c>NEO4J_URI</c> names (emptied first) by the store's catalog writer
/// with the post-import run, and the explore readers over it. Left empty (tests not run) when the server or the samples are absent.
/// </summary>
public sealed class Neo4jExploreFixture : IExploreContractFixture, IAsyncLifetime
{
    private ExploreStores? _stores;

    public ExploreStores Stores => _stores ?? throw new InvalidOperationException("The fixture was not loaded (server or samples absent).");

    public SampleGraph Sample => SampleGraph.Load();

    public async Task InitializeAsync()
    {
        var address = Environment.GetEnvironmentVariable(Neo4jFactAttribute.Variable);
        if (string.IsNullOrWhiteSpace(address) || !SampleGraph.IsAvailable)
        {
            return;
        }

        var store = new Neo4jStore(ServerOptions(address));
        await store.Client.RunAsync(TestCypher.Get("Integration/DeleteEverything"), null, CancellationToken.None);
        await store.Writer.PrepareAsync(CancellationToken.None);
        var counts = new Dictionary<DumpType, long>();
        foreach (var type in new[] { DumpType.Artists, DumpType.Labels, DumpType.Masters, DumpType.Releases })
        {
            var records = Sample.Dump[type];
            counts[type] = records.Count;
            foreach (var chunk in records.Chunk(250))
            {
                await store.Writer.WriteAsync(type, [.. chunk.Select(record => new IngestRecord(record.Id, record.Sha256, record.Json))], CancellationToken.None);
            }
        }

        await store.Writer.RunPostImportAsync(
            new PostImportRequest(SampleGraph.Version, Neo4jStore.Now.AddMinutes(-1), counts, AnythingDeadLettered: false), CancellationToken.None);
        var entities = new Neo4jEntityReader(store.Client);
        _stores = new ExploreStores(
            entities,
            new Neo4jExploreReader(store.Client, entities),
            new Neo4jSearchReader(store.Client),
            new Neo4jPathFinder(store.Client, entities),
            new Neo4jGraphOverviewReader(store.Client, entities));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // The server's HTTP address; credentials from the URI's user info or NEO4J_USERNAME / NEO4J_PASSWORD.
    private static Neo4jOptions ServerOptions(string address)
    {
        var uri = Neo4jStoreServiceCollectionExtensions.HttpAddress(address);
        var user = uri.UserInfo.Split(':', 2);
        var options = Neo4jTestClient.Options(new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri, maxRetries: 5);
        options.Username = user.Length == 2 ? Uri.UnescapeDataString(user[0]) : Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j";
        options.Password = user.Length == 2 ? Uri.UnescapeDataString(user[1]) : Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        options.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
        options.InitialRetryDelay = TimeSpan.FromMilliseconds(200);
        options.MaxRetryDelay = TimeSpan.FromSeconds(2);
        return options;
    }
}
