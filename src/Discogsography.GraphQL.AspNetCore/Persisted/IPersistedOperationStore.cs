namespace Discogsography.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Persisted operation documents by their lower-case hex SHA-256 (of the UTF-8 document text): the trusted documents
/// and the ones automatic persisted queries stored.
/// </summary>
public interface IPersistedOperationStore
{
    /// <summary>The document stored under <paramref name="sha256Hash"/>, or null.</summary>
    ValueTask<string?> TryGetAsync(string sha256Hash, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="document"/> under <paramref name="sha256Hash"/> (the caller has checked the hash).</summary>
    ValueTask SaveAsync(string sha256Hash, string document, CancellationToken cancellationToken);
}
