using Discogsography.GraphQL.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL WebSocket transports.</summary>
public static class WebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphQLWebSocketHandler"/> (graphql-transport-ws and
    /// graphql-ws), its options (validated on start) and, unless registered already, the in-memory topic events and
    /// <see cref="TimeProvider.System"/>. The GraphQL endpoint needs <c>app.UseWebSockets()</c> before it.
    /// </summary>
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, Action<GraphQLWebSocketOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLWebSocketOptions>()
            .Configure(options => configure?.Invoke(options))
            .Validate(static options =>
            {
                options.EnsureValid();
                return true;
            })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddInMemoryTopicEvents();
        services.TryAddSingleton<IGraphQLWebSocketHandler, GraphQLWebSocketHandler>();
        return services;
    }
}
