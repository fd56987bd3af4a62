namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>The <c>extensions.persistedQuery</c> entry of a request: automatic persisted queries, version 1.</summary>
internal sealed record PersistedQueryReference(string Sha256Hash);
