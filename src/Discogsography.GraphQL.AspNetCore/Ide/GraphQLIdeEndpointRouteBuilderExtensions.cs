using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>Maps the IDE's files under the GraphQL endpoint.</summary>
public static class GraphQLIdeEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET {path}/{asset}</c>: the IDE's page at <c>{path}/</c>, its static files and a generated
    /// <c>bcp-config.json</c>. <paramref name="path"/> is the GraphQL endpoint's path, as given to
    /// <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>. Needs <see cref="GraphQLIdeServiceCollectionExtensions.AddGraphQLIde"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLIde(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        GraphQLIdeHandler handler = endpoints.ServiceProvider.GetService<GraphQLIdeHandler>()
            ?? throw new InvalidOperationException("MapGraphQLIde needs the IDE's services: call services.AddGraphQLIde() first.");
        string template = path.TrimEnd('/') + "/{**asset}";
        return endpoints.MapMethods(template, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string? asset) => handler.ServeAssetAsync(context, asset ?? string.Empty))
            .WithDisplayName($"GraphQL IDE {path}");
    }
}
