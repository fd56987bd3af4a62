using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Client;

/// <summary>
/// An explicit Query API transaction. It begins on the server with its first statement (<c>POST …/tx</c>), runs the
/// next ones in <c>…/tx/{id}</c>, and ends with <see cref="CommitAsync"/> or a rollback (<c>DELETE …/tx/{id}</c>),
/// which disposing an uncommitted transaction sends. Not thread-safe: one statement at a time.
/// </summary>
internal sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client)
    {
        _client = client;
    }

    /// <summary>The server's id of the transaction, once it has begun.</summary>
    public string? Id { get; private set; }

    /// <summary>When the server rolls the transaction back unless another request arrives (from its last answer).</summary>
    public DateTimeOffset? Expires { get; private set; }

    /// <summary>Runs <paramref name="statement"/> inside the transaction. A failure leaves the transaction unusable (the server rolls it back).</summary>
    public async Task<Neo4jQueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var body = _client.Body(statement, parameters, includeBookmarks: Id is null);
        try
        {
            var response = await _client.SendAsync(HttpMethod.Post, _client.TransactionPath(Id), body, _affinity, cancellationToken).ConfigureAwait(false);
            if (Id is null)
            {
                Id = response.TransactionId ?? throw new Neo4jUnavailableException("Neo4j opened a transaction without telling its id.");
                _affinity = response.ClusterAffinity;
            }

            Expires = response.TransactionExpires ?? Expires;
            return response.Result;
        }
        catch
        {
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Commits the work; the client keeps the returned bookmarks for its next requests.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (Id is null)
        {
            _finished = true;
            return;
        }

        var response = await _client.SendAsync(HttpMethod.Post, _client.TransactionPath(Id, commit: true), null, _affinity, cancellationToken).ConfigureAwait(false);
        _finished = true;
        _client.RememberBookmarks(response.Result.Bookmarks);
    }

    /// <summary>Rolls the transaction back (best effort: the server also drops it when it expires).</summary>
    public async Task RollbackAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (Id is null)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _client.SendAsync(HttpMethod.Delete, _client.TransactionPath(Id), null, _affinity, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jQueryException or Neo4jUnavailableException or OperationCanceledException)
        {
            _client.OnRollbackFailed(Id, exception);
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync().ConfigureAwait(false);
}
