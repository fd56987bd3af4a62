using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discogsography.Stores.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j.Client;

/// <summary>
/// A client for Neo4j's HTTP Query API v2: auto-commit statements (<c>POST /db/{db}/query/v2</c>) and explicit
/// transactions (<c>/query/v2/tx</c>, <c>/tx/{id}</c>, <c>/tx/{id}/commit</c>, <c>DELETE /tx/{id}</c>) with basic
/// authentication, parameters as JSON and answers in the typed JSON format. The bookmarks of every committed
/// piece of work are passed on with the next request, so a read sees what this client wrote before.
/// Transient failures (<c>Neo.TransientError.*</c>, refused connections, timeouts) are retried with exponential
/// back-off and surface as <see cref="Catalog.Ingestion.TransientStoreException"/> once retries run out.
/// </summary>
internal sealed partial class Neo4jQueryClient
{
    /// <summary>The typed JSON media type the client asks for.</summary>
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    /// <summary>The header that pins an explicit transaction to one cluster member (Aura).</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions s_parameterOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options, TimeProvider time, ILogger<Neo4jQueryClient> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        var address = _options.Address ?? throw new InvalidOperationException("Neo4j:Address (NEO4J_ADDRESS) is not set.");
        _queryPath = new Uri(address, $"db/{Uri.EscapeDataString(_options.Database)}/query/v2").AbsoluteUri;
        if (_options.Password is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    /// <summary>The bookmarks of the last work this client committed (sent with the next request).</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_bookmarkLock)
            {
                return _bookmarks;
            }
        }
    }

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="parameters">The parameters by name; values are serialised as JSON (records with snake_case property names).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Neo4jQueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        WithRetriesAsync(statement.Name, async token =>
        {
            var response = await SendAsync(HttpMethod.Post, _queryPath, Body(statement, parameters, includeBookmarks: true), null, token).ConfigureAwait(false);
            RememberBookmarks(response.Result.Bookmarks);
            return response.Result;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; on any failure the transaction is
    /// rolled back, and a transient failure (including an expired transaction) reruns the whole unit.
    /// </summary>
    /// <param name="operation">What the work is, for logs and errors.</param>
    /// <param name="work">The statements to run; it must be safe to run again after a rollback.</param>
    /// <param name="cancellationToken">Cancels the work (the transaction rolls back).</param>
    public Task<T> ExecuteInTransactionAsync<T>(string operation, Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        WithRetriesAsync(operation, async token =>
        {
            var transaction = new Neo4jTransaction(this);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction, token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return result;
            }
        }, cancellationToken);

    /// <summary>Opens an explicit transaction; it begins on the server with its first statement. No retries: see <see cref="ExecuteInTransactionAsync{T}"/>.</summary>
    public Neo4jTransaction BeginTransaction() => new(this);

    internal string TransactionPath(string? id, bool commit = false) =>
        id is null ? _queryPath + "/tx" : $"{_queryPath}/tx/{Uri.EscapeDataString(id)}{(commit ? "/commit" : string.Empty)}";

    internal byte[] Body(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, bool includeBookmarks)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = s_parameterOptions.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            if (parameters is { Count: > 0 })
            {
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, parameters, s_parameterOptions);
            }

            var bookmarks = Bookmarks;
            if (includeBookmarks && bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    internal void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_bookmarkLock)
        {
            _bookmarks = bookmarks;
        }
    }
}
