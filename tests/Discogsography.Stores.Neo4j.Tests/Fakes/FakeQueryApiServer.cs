using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Discogsography.Stores.Neo4j.Cypher;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>
/// A small HTTP server on loopback that speaks Neo4j's Query API v2 as documented: <c>POST /db/{db}/query/v2</c>
/// (auto-commit; answers with a bookmark), <c>POST …/tx</c> (opens a transaction: id, expiry and a
/// <c>neo4j-cluster-affinity</c> header), <c>POST …/tx/{id}</c>, <c>POST …/tx/{id}/commit</c> (answers with a
/// bookmark) and <c>DELETE …/tx/{id}</c>. A transaction that failed, expired or ended is unknown afterwards
/// (<c>404 Neo.ClientError.Transaction.TransactionNotFound</c>). It records every request; <see cref="Responder"/>
/// can answer a statement (rows or an error) instead of the default empty result.
/// </summary>
internal sealed class FakeQueryApiServer : IAsyncDisposable
{
    public const string Affinity = "MTI3LjAuMC4xOjc0NzQ=";

    private static readonly Dictionary<string, string> s_namesByText =
        CypherStatements.All.Values.GroupBy(s => s.Text).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, string> _transactions = new();
    private int _nextTransaction;
    private int _nextBookmark;

    private FakeQueryApiServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:45678/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Answers a request before the default behaviour; null falls through to it. Runs on the server's threads.</summary>
    public Func<RecordedRequest, FakeAnswer?>? Responder { get; set; }

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The statement names sent, in order (auto-commit and in transactions).</summary>
    public IReadOnlyList<string?> StatementNames => [.. _requests.Where(r => r.Statement is not null).Select(r => r.StatementName)];

    /// <summary>The state of every transaction opened: open, committed, rolled back, failed or expired.</summary>
    public IReadOnlyDictionary<string, string> Transactions => new Dictionary<string, string>(_transactions);

    /// <summary>The name of the embedded statement with this text.</summary>
    public static string? NameOf(string text) => s_namesByText.TryGetValue(text, out var name) ? name : null;

    public static async Task<FakeQueryApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeQueryApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Makes an open transaction expire: the server forgets it, as Neo4j does after its idle timeout.</summary>
    public void Expire(string transactionId) => _transactions[transactionId] = "expired";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers.Accept.FirstOrDefault(),
            context.Request.ContentType,
            context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
            body);
        _requests.Enqueue(request);
        var answer = Answer(request);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/vnd.neo4j.query";
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(answer.Body);
    }

    private FakeAnswer Answer(RecordedRequest request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // db/{name}/query/v2[/tx[/{id}[/commit]]]
        if (segments.Length < 4 || segments[0] != "db" || segments[2] != "query" || segments[3] != "v2")
        {
            return FakeAnswer.Error(404, "Neo.ClientError.Request.Invalid", $"No such endpoint {request.Path}");
        }

        if (segments.Length == 4 && request.Method == "POST")
        {
            var answer = Responder?.Invoke(request) ?? FakeAnswer.Rows([], []);
            return IsSuccess(answer) ? WithBookmark(answer) : answer;
        }

        if (segments.Length == 5 && segments[4] == "tx" && request.Method == "POST")
        {
            var id = "tx" + Interlocked.Increment(ref _nextTransaction);
            _transactions[id] = "open";
            return InTransaction(id, request);
        }

        if (segments.Length >= 6 && segments[4] == "tx")
        {
            var id = segments[5];
            if (!_transactions.TryGetValue(id, out var state) || state != "open")
            {
                return FakeAnswer.Error(404, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {id} not found");
            }

            if (segments.Length == 6 && request.Method == "POST")
            {
                return InTransaction(id, request);
            }

            if (segments.Length == 6 && request.Method == "DELETE")
            {
                _transactions[id] = "rolled back";
                return new FakeAnswer(200, "{}");
            }

            if (segments.Length == 7 && segments[6] == "commit" && request.Method == "POST")
            {
                var answer = Responder?.Invoke(request);
                if (answer is not null && !IsSuccess(answer))
                {
                    _transactions[id] = "failed";
                    return answer;
                }

                _transactions[id] = "committed";
                return WithBookmark(answer ?? FakeAnswer.Rows([], []));
            }
        }

        return FakeAnswer.Error(405, "Neo.ClientError.Request.Invalid", $"{request.Method} is not allowed on {request.Path}");
    }

    private FakeAnswer InTransaction(string id, RecordedRequest request)
    {
        var answer = (request.Statement is null ? null : Responder?.Invoke(request)) ?? FakeAnswer.Rows([], []);
        if (!IsSuccess(answer))
        {
            // Neo4j rolls a transaction back when one of its statements fails.
            _transactions[id] = "failed";
            return answer;
        }

        if (_transactions[id] != "open")
        {
            return FakeAnswer.Error(404, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {id} not found");
        }

        var json = JsonNode.Parse(answer.Body)!.AsObject();
        json["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2026-11-22T07:00:00Z" };
        var headers = new Dictionary<string, string>(answer.Headers ?? new Dictionary<string, string>()) { ["neo4j-cluster-affinity"] = Affinity };
        return new FakeAnswer(answer.Status, json.ToJsonString(), headers);
    }

    private FakeAnswer WithBookmark(FakeAnswer answer)
    {
        var json = JsonNode.Parse(answer.Body)!.AsObject();
        json["bookmarks"] = new JsonArray("FB:bookmark-" + Interlocked.Increment(ref _nextBookmark));
        return answer with { Body = json.ToJsonString() };
    }

    private static bool IsSuccess(FakeAnswer answer) => answer.Status is >= 200 and < 300;
}
