using Discogsography.GraphQL.AspNetCore.Persisted;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// Automatic persisted queries and trusted documents: a hash without a query is looked up, a hash with a query is
/// checked and stored, and with <see cref="GraphQLServerOptions.OnlyTrustedDocuments"/> only stored documents run.
/// </summary>
internal sealed class PersistedQueries
{
    private readonly IPersistedOperationStore _store;
    private readonly GraphQLServerOptions _options;

    public PersistedQueries(IPersistedOperationStore store, GraphQLServerOptions options)
    {
        _store = store;
        _options = options;
    }

    /// <summary>Fills in the query of a hash-only request; an error when the request may not run.</summary>
    public async ValueTask<GraphQLError?> ResolveAsync(HttpGraphQLRequest request, CancellationToken cancellationToken)
    {
        PersistedQueryReference? reference = request.PersistedQuery;
        if (reference is null)
        {
            return _options.OnlyTrustedDocuments && request.Query is not null
                ? await RequireStoredAsync(TrustedDocuments.Hash(request.Query), cancellationToken).ConfigureAwait(false)
                : null;
        }

        if (request.Query is null)
        {
            request.Query = await _store.TryGetAsync(reference.Sha256Hash, cancellationToken).ConfigureAwait(false);
            return request.Query is null ? new GraphQLError("PersistedQueryNotFound", HttpErrorCodes.PersistedQueryNotFound) : null;
        }

        string hash = TrustedDocuments.Hash(request.Query);
        if (hash != reference.Sha256Hash)
        {
            return new GraphQLError(
                $"The persisted query hash {reference.Sha256Hash} is not the SHA-256 of the query sent ({hash}).",
                HttpErrorCodes.PersistedQueryHashMismatch);
        }

        if (_options.OnlyTrustedDocuments)
        {
            return await RequireStoredAsync(hash, cancellationToken).ConfigureAwait(false);
        }

        if (_options.EnableAutomaticPersistedQueries)
        {
            await _store.SaveAsync(hash, request.Query, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async ValueTask<GraphQLError?> RequireStoredAsync(string hash, CancellationToken cancellationToken) =>
        await _store.TryGetAsync(hash, cancellationToken).ConfigureAwait(false) is null
            ? new GraphQLError("Only trusted documents may run on this endpoint; this document is not one of them.", HttpErrorCodes.PersistedQueryNotAllowed)
            : null;
}
