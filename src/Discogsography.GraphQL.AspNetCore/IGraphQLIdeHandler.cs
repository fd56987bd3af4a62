using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>
/// Serves the GraphQL IDE when a browser opens the endpoint (<c>GET</c> accepting <c>text/html</c>, no <c>query</c>).
/// Without a registered handler the endpoint answers 404 with a short page saying the IDE is not installed.
/// </summary>
public interface IGraphQLIdeHandler
{
    /// <summary>Writes the IDE's page (or redirects to it).</summary>
    Task HandleAsync(HttpContext context);
}
