using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>Registers the offline Banana Cake Pop IDE.</summary>
public static class GraphQLIdeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the IDE a browser gets when it opens the GraphQL endpoint, with options bound from <c>GraphQL:Ide</c> then
    /// <paramref name="configure"/>, validated on start. Map its static files with
    /// <see cref="GraphQLIdeEndpointRouteBuilderExtensions.MapGraphQLIde"/> on the endpoint's path.
    /// </summary>
    public static IServiceCollection AddGraphQLIde(this IServiceCollection services, Action<GraphQLIdeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<GraphQLIdeOptions> options = services.AddOptions<GraphQLIdeOptions>().BindConfiguration(GraphQLIdeOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddSingleton<IValidateOptions<GraphQLIdeOptions>, GraphQLIdeOptionsValidation>();
        services.TryAddSingleton(static sp => new GraphQLIdeFiles(sp.GetRequiredService<IOptions<GraphQLIdeOptions>>().Value));
        services.TryAddSingleton<GraphQLIdeHandler>();
        services.TryAddSingleton<IGraphQLIdeHandler>(static sp => sp.GetRequiredService<GraphQLIdeHandler>());
        return services;
    }
}
