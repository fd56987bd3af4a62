using Discogsography.Stores.Neo4j.Schema;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Schema;

public sealed class Neo4jSchemaTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task PrepareAsync_SendsEverySchemaStatementAsAutoCommit()
    {
        var store = new Neo4jStore(Neo4jTestClient.Options(_server.Address));

        await store.Writer.PrepareAsync(CancellationToken.None);

        Assert.Equal(Neo4jSchema.Statements.Select(s => s.Name), _server.StatementNames);
        Assert.All(_server.Requests, r => Assert.Equal("/db/graph/query/v2", r.Path));
    }

    [Fact]
    public void Statements_CreateOnlyWhenAbsent_WithAUniqueKeyPerLabelAndTheFullTextIndexes()
    {
        var texts = Neo4jSchema.Statements.Select(s => s.Text).ToList();

        Assert.All(texts, t => Assert.Contains("IF NOT EXISTS", t, StringComparison.Ordinal));
        foreach (var (label, key) in new[] { ("Artist", "id"), ("Label", "id"), ("Master", "id"), ("Release", "id"), ("Genre", "name"), ("Style", "name"), ("Person", "key") })
        {
            Assert.Contains(texts, t => t.Contains($"FOR (n:{label}) REQUIRE n.{key} IS UNIQUE", StringComparison.Ordinal));
        }

        Assert.Equal(6, texts.Count(t => t.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.Contains("credit_count", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrepareAsync_StatementRefused_Throws()
    {
        _server.Responder = r => r.StatementName == "Schema/IndexArtistName"
            ? FakeAnswer.Error(400, "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "An equivalent index already exists")
            : null;
        var store = new Neo4jStore(Neo4jTestClient.Options(_server.Address));

        var exception = await Assert.ThrowsAsync<Neo4j.Client.Neo4jQueryException>(() => store.Writer.PrepareAsync(CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", exception.Code);
    }
}
