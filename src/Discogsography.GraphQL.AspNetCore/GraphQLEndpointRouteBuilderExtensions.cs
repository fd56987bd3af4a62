using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="path"/>: GraphQL over HTTP (GET and POST), WebSocket and SSE requests
    /// through their registered handlers, <c>?sdl</c> and the IDE. Needs <see cref="GraphQLServerServiceCollectionExtensions.AddGraphQLServer"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        GraphQLEndpoint endpoint = endpoints.ServiceProvider.GetService<GraphQLEndpoint>()
            ?? throw new InvalidOperationException("MapGraphQL needs the GraphQL server's services: call services.AddGraphQLServer() first.");
        _ = endpoints.ServiceProvider.GetRequiredService<Persisted.IPersistedOperationStore>();
        return endpoints.Map(path, endpoint.HandleAsync).WithDisplayName($"GraphQL {path}");
    }
}
