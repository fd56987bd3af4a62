namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>What a request's <c>Accept</c> header chose among the response formats the endpoint speaks.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the endpoint speaks is acceptable (406).</summary>
    None,

    /// <summary><c>application/json</c>, for legacy clients, <c>*/*</c> and a missing <c>Accept</c>.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>, the GraphQL-over-HTTP response type.</summary>
    GraphQLResponseJson,

    /// <summary><c>text/event-stream</c>, named explicitly and preferred: the request goes to the SSE handler.</summary>
    EventStream,
}
