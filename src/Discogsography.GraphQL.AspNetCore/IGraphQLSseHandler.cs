using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>
/// Serves a request on the GraphQL endpoint that accepts <c>text/event-stream</c> (graphql-sse, distinct connections mode).
/// The endpoint hands such requests to the registered handler; without one they are answered as plain GraphQL over HTTP.
/// </summary>
public interface IGraphQLSseHandler
{
    /// <summary>Executes the request and streams its results as server-sent events until completion or disconnect.</summary>
    Task HandleAsync(HttpContext context);
}
