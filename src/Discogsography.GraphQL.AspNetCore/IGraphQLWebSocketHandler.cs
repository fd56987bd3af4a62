using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>
/// Serves a WebSocket upgrade request on the GraphQL endpoint (graphql-transport-ws, legacy graphql-ws).
/// The endpoint hands every WebSocket request to the registered handler; without one it refuses the upgrade.
/// </summary>
public interface IGraphQLWebSocketHandler
{
    /// <summary>Accepts the socket and runs the protocol until either side closes it.</summary>
    Task HandleAsync(HttpContext context);
}
