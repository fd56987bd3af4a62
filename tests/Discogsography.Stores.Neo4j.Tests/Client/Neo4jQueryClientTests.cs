using System.Net;
using System.Net.Sockets;
using System.Text;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Client;

public sealed class Neo4jQueryClientTests : IAsyncLifetime
{
    private static readonly CypherStatement s_counts = CypherStatements.Get("Statistics/CatalogCounts");
    private static readonly CypherStatement s_hashes = CypherStatements.Get("Writing/Artists/StoredHashes");
    private static readonly CypherStatement s_touch = CypherStatements.Get("Writing/Artists/TouchUnchanged");
    private FakeQueryApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RunAsync_Statement_PostsToTheQueryEndpointWithBasicAuthTypedAcceptAndJsonParameters()
    {
        var client = Neo4jTestClient.Create(_server.Address);

        await client.RunAsync(s_hashes, new Dictionary<string, object?> { ["ids"] = new List<long> { 1, 2 } }, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/graph/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Neo4jTestClient.Password)), request.Authorization);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(s_hashes.Text, request.Statement);
        Assert.Equal("[1,2]", request.Parameters.GetProperty("ids").GetRawText());
    }

    [Fact]
    public async Task RunAsync_TypedAnswer_MapsFieldsAndValues()
    {
        _server.Responder = _ => FakeAnswer.Rows(
            ["n", "name", "score", "tags"],
            [[Typed.Integer(42), Typed.String("Björk"), Typed.Of("Float", "\"0.5\""), Typed.Of("List", $"[{Typed.String("a")},{Typed.Null}]")]]);
        var client = Neo4jTestClient.Create(_server.Address);

        var result = await client.RunAsync(s_counts, null, CancellationToken.None);

        Assert.Equal(["n", "name", "score", "tags"], result.Fields);
        Assert.Equal(42L, result.Value(0, "n"));
        Assert.Equal("Björk", result.Value(0, "name"));
        Assert.Equal(0.5, result.Value(0, "score"));
        Assert.Equal(new object?[] { "a", null }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value(0, "tags")));
    }

    [Fact]
    public async Task RunAsync_AfterACommit_SendsTheBookmarkItReturned()
    {
        var client = Neo4jTestClient.Create(_server.Address);

        var first = await client.RunAsync(s_counts, null, CancellationToken.None);
        var second = await client.RunAsync(s_counts, null, CancellationToken.None);

        var bookmark = Assert.Single(first.Bookmarks);
        Assert.False(_server.Requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal($"[\"{bookmark}\"]", _server.Requests[1].Json.GetProperty("bookmarks").GetRawText());
        Assert.Equal(second.Bookmarks, client.Bookmarks);
        Assert.NotEqual(bookmark, Assert.Single(second.Bookmarks));
    }

    [Fact]
    public async Task RunAsync_TransientErrorOnce_RetriesAndSucceeds()
    {
        var calls = 0;
        _server.Responder = _ => Interlocked.Increment(ref calls) == 1
            ? FakeAnswer.Error(503, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : FakeAnswer.Rows(["artists"], [[Typed.Integer(7)]]);
        var client = Neo4jTestClient.Create(_server.Address);

        var result = await client.RunAsync(s_counts, null, CancellationToken.None);

        Assert.Equal(7L, result.Value(0, "artists"));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_TransientErrorsBeyondTheRetries_ThrowsTransientStoreException()
    {
        _server.Responder = _ => FakeAnswer.Error(400, "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "no memory");
        var client = Neo4jTestClient.Create(_server.Address, maxRetries: 2);

        var exception = await Assert.ThrowsAsync<TransientStoreException>(() => client.RunAsync(s_counts, null, CancellationToken.None));

        Assert.Equal(3, _server.Requests.Count);
        Assert.Contains("MemoryPoolOutOfMemoryError", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ClientError_ThrowsWithNeo4jCodeAndMessageWithoutRetrying()
    {
        _server.Responder = _ => FakeAnswer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCH'");
        var client = Neo4jTestClient.Create(_server.Address);

        var exception = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync(s_counts, null, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", exception.Code);
        Assert.Equal("Invalid input 'MATCH'", exception.Neo4jMessage);
        Assert.Equal(400, exception.HttpStatus);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RunAsync_Unauthorized_ThrowsClientErrorAndNeverLogsThePassword()
    {
        _server.Responder = _ => FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        using var loggers = new CapturingLoggerFactory();
        var client = Neo4jTestClient.Create(_server.Address, loggers: loggers);

        var exception = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync(s_counts, null, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", exception.Code);
        Assert.DoesNotContain(Neo4jTestClient.Password, exception.ToString(), StringComparison.Ordinal);
        Assert.All(loggers.Messages, m => Assert.DoesNotContain(Neo4jTestClient.Password, m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NoServerListening_RetriesThenThrowsTransientStoreExceptionWithoutThePassword()
    {
        using var loggers = new CapturingLoggerFactory();
        var client = Neo4jTestClient.Create(new Uri($"http://127.0.0.1:{ClosedPort()}/"), maxRetries: 1, loggers);

        var exception = await Assert.ThrowsAsync<TransientStoreException>(() => client.RunAsync(s_counts, null, CancellationToken.None));

        Assert.IsType<Neo4jUnavailableException>(exception.InnerException);
        Assert.Contains(loggers.Messages, m => m.Contains("retrying", StringComparison.Ordinal));
        Assert.All(loggers.Messages, m => Assert.DoesNotContain(Neo4jTestClient.Password, m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ServerErrorWithoutNeo4jBody_IsTransient()
    {
        var calls = 0;
        _server.Responder = _ => Interlocked.Increment(ref calls) == 1 ? new FakeAnswer(502, "<html>bad gateway</html>") : FakeAnswer.Rows([], []);
        var client = Neo4jTestClient.Create(_server.Address);

        await client.RunAsync(s_counts, null, CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_Statements_OpenRunAndCommitOneTransactionWithItsAffinity()
    {
        var client = Neo4jTestClient.Create(_server.Address);

        await client.ExecuteInTransactionAsync("test", async (transaction, token) =>
        {
            await transaction.RunAsync(s_hashes, new Dictionary<string, object?> { ["ids"] = new List<long> { 1 } }, token);
            await transaction.RunAsync(s_touch, new Dictionary<string, object?> { ["ids"] = new List<long> { 1 }, ["seen_at"] = 5L }, token);
            return 0;
        }, CancellationToken.None);

        var requests = _server.Requests;
        Assert.Equal(
            ["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx1", "POST /db/graph/query/v2/tx/tx1/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].ClusterAffinity);
        Assert.All(requests.Skip(1), r => Assert.Equal(FakeQueryApiServer.Affinity, r.ClusterAffinity));
        Assert.Equal("committed", _server.Transactions["tx1"]);
        Assert.NotEmpty(client.Bookmarks);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_WorkThrows_RollsBackAndRethrows()
    {
        var client = Neo4jTestClient.Create(_server.Address);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ExecuteInTransactionAsync<int>("test", async (transaction, token) =>
        {
            await transaction.RunAsync(s_hashes, new Dictionary<string, object?> { ["ids"] = new List<long> { 1 } }, token);
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));

        Assert.Equal("DELETE /db/graph/query/v2/tx/tx1", $"{_server.Requests[^1].Method} {_server.Requests[^1].Path}");
        Assert.Equal("rolled back", _server.Transactions["tx1"]);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_TransientFailureMidway_RerunsTheWholeUnitInANewTransaction()
    {
        var touches = 0;
        _server.Responder = r => r.StatementName == s_touch.Name && Interlocked.Increment(ref touches) == 1
            ? FakeAnswer.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : null;
        var client = Neo4jTestClient.Create(_server.Address);
        var runs = 0;

        await client.ExecuteInTransactionAsync("test", async (transaction, token) =>
        {
            runs++;
            await transaction.RunAsync(s_hashes, new Dictionary<string, object?> { ["ids"] = new List<long> { 1 } }, token);
            await transaction.RunAsync(s_touch, new Dictionary<string, object?> { ["ids"] = new List<long> { 1 }, ["seen_at"] = 5L }, token);
            return 0;
        }, CancellationToken.None);

        Assert.Equal(2, runs);
        Assert.Equal("failed", _server.Transactions["tx1"]);
        Assert.Equal("committed", _server.Transactions["tx2"]);
    }

    [Fact]
    public async Task ExecuteInTransactionAsync_TransactionExpiredBeforeCommit_RerunsTheWholeUnit()
    {
        var client = Neo4jTestClient.Create(_server.Address);
        var runs = 0;

        await client.ExecuteInTransactionAsync("test", async (transaction, token) =>
        {
            runs++;
            await transaction.RunAsync(s_hashes, new Dictionary<string, object?> { ["ids"] = new List<long> { 1 } }, token);
            if (runs == 1)
            {
                _server.Expire(transaction.Id!);
            }

            return 0;
        }, CancellationToken.None);

        Assert.Equal(2, runs);
        Assert.Equal("expired", _server.Transactions["tx1"]);
        Assert.Equal("committed", _server.Transactions["tx2"]);
    }

    [Fact]
    public async Task BeginTransaction_TransactionAnswer_KeepsItsIdAndExpiry()
    {
        var client = Neo4jTestClient.Create(_server.Address);
        await using var transaction = client.BeginTransaction();

        await transaction.RunAsync(s_hashes, new Dictionary<string, object?> { ["ids"] = new List<long>() }, CancellationToken.None);

        Assert.Equal("tx1", transaction.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero), transaction.Expires);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
