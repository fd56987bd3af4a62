using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Integration;

/// <summary>The store against a real Neo4j (NEO4J_URI): the real samples ingested, counted, re-ingested and post-processed.</summary>
public sealed class Neo4jIntegrationTests
{
    private const int BatchSize = 250;

    private static Neo4jStore Store()
    {
        var uri = new Uri(Neo4jStoreServiceCollectionExtensions.HttpAddress(Environment.GetEnvironmentVariable(Neo4jFactAttribute.Variable)!).ToString());
        var user = uri.UserInfo.Split(':', 2);
        var options = Neo4jTestClient.Options(new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri, maxRetries: 5);
        options.Username = user.Length == 2 ? Uri.UnescapeDataString(user[0]) : Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j";
        options.Password = user.Length == 2 ? Uri.UnescapeDataString(user[1]) : Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        options.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
        options.InitialRetryDelay = TimeSpan.FromMilliseconds(200);
        options.MaxRetryDelay = TimeSpan.FromSeconds(2);
        return new Neo4jStore(options);
    }

    private static async Task<WriteBatchResult> IngestAsync(Neo4jStore store, DumpType type)
    {
        var written = 0;
        var unchanged = 0;
        foreach (var batch in Neo4jStore.Sample(type).Chunk(BatchSize))
        {
            var result = await store.Writer.WriteAsync(type, batch, CancellationToken.None);
            written += result.Written;
            unchanged += result.Unchanged;
        }

        return new WriteBatchResult(written, unchanged);
    }

    [Neo4jFact]
    public async Task Samples_IngestedTwiceAndPostProcessed_CountExactlyAndLinkRelease1()
    {
        var store = Store();
        await store.Client.RunAsync(TestCypher.Get("Integration/DeleteEverything"), null, CancellationToken.None);
        await store.Writer.PrepareAsync(CancellationToken.None);
        var startedAt = Neo4jStore.Now.AddMinutes(-1);

        foreach (var type in DumpTypeExtensions.All)
        {
            Assert.Equal(new WriteBatchResult(1000, 0), await IngestAsync(store, type));
        }

        foreach (var type in DumpTypeExtensions.All)
        {
            Assert.Equal(new WriteBatchResult(0, 1000), await IngestAsync(store, type));
        }

        var releases = Neo4jStore.Sample(DumpType.Releases).Select(r => CanonicalRecordReader.ReadRelease(r.Json.Span)).ToList();
        var masters = Neo4jStore.Sample(DumpType.Masters).Select(r => CanonicalRecordReader.ReadMaster(r.Json.Span)).ToList();
        var genres = releases.SelectMany(r => r.Genres).Concat(masters.SelectMany(m => m.Genres)).Distinct().Count();
        var styles = releases.SelectMany(r => r.Styles).Concat(masters.SelectMany(m => m.Styles)).Distinct().Count();
        Assert.Equal(new CatalogCounts(1000, 1000, 1000, 1000, genres, styles), await store.Statistics.GetCountsAsync(CancellationToken.None));

        var edges = await store.Client.RunAsync(TestCypher.Get("Integration/ReleaseEdges"), new Dictionary<string, object?> { ["id"] = 1L }, CancellationToken.None);
        var described = Enumerable.Range(0, edges.Rows.Count).Select(i => $"{edges.Value(i, "type")} {edges.Value(i, "label")} {edges.Value(i, "target")}").ToList();
        Assert.Equal(["BY Artist 1", "DERIVED_FROM Master 1660109", "IS Style Deep House", "IS Genre Electronic", "ON Label 5"], described);
        var zero = await store.Client.RunAsync(TestCypher.Get("Integration/MasterCount"), new Dictionary<string, object?> { ["id"] = 0L }, CancellationToken.None);
        Assert.Equal(0, zero.SingleLong("masters"));

        var post = await store.Writer.RunPostImportAsync(
            new PostImportRequest("20200806", startedAt, DumpTypeExtensions.All.ToDictionary(t => t, _ => 1000L), AnythingDeadLettered: false),
            CancellationToken.None);
        Assert.All(post.StaleRemoved.Values, v => Assert.Equal(0, v));
        Assert.Empty(post.SkippedRemovals);
        var electronic = await store.Client.RunAsync(TestCypher.Get("Integration/GenreReleaseCount"), new Dictionary<string, object?> { ["name"] = "Electronic" }, CancellationToken.None);
        Assert.Equal(electronic.SingleLong("actual"), electronic.SingleLong("release_count"));
        Assert.True(electronic.SingleLong("actual") > 0);
        Assert.Equal(new CatalogCounts(1000, 1000, 1000, 1000, genres, styles), await store.Statistics.GetCountsAsync(CancellationToken.None));
    }
}
