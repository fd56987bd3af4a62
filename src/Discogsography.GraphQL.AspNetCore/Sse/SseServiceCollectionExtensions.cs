using Discogsography.GraphQL.AspNetCore.Sse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Registers the graphql-sse transport.</summary>
public static class SseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphQLSseHandler"/> (distinct connections mode), its options
    /// (validated on start) and, unless registered already, the in-memory topic events and <see cref="TimeProvider.System"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLSse(this IServiceCollection services, Action<GraphQLSseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLSseOptions>()
            .Configure(options => configure?.Invoke(options))
            .Validate(static options =>
            {
                options.EnsureValid();
                return true;
            })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddInMemoryTopicEvents();
        services.TryAddSingleton<IGraphQLSseHandler, GraphQLSseHandler>();
        return services;
    }
}
