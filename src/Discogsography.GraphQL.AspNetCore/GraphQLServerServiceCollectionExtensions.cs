using Discogsography.GraphQL.AspNetCore.Http;
using Discogsography.GraphQL.AspNetCore.Persisted;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL endpoint's services.</summary>
public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL endpoint (GraphQL over HTTP, persisted queries, the dispatch to WebSocket, SSE and IDE handlers)
    /// with its options bound from the <c>GraphQL</c> section, then <paramref name="configure"/>, validated on start.
    /// The schema's <see cref="Execution.IRequestExecutor"/> is registered separately; map the endpoint with
    /// <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(this IServiceCollection services, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<GraphQLServerOptions> options = services.AddOptions<GraphQLServerOptions>().BindConfiguration(GraphQLServerOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddSingleton<IValidateOptions<GraphQLServerOptions>, GraphQLServerOptionsValidation>();
        services.TryAddSingleton(static sp => sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value);
        services.TryAddSingleton<IPersistedOperationStore>(static sp => CreateStore(sp));
        services.TryAddSingleton<PersistedQueries>();
        services.TryAddSingleton<SchemaDocument>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<GraphQLEndpoint>();
        return services;
    }

    private static InMemoryPersistedOperationStore CreateStore(IServiceProvider services)
    {
        GraphQLServerOptions options = services.GetRequiredService<GraphQLServerOptions>();
        if (options.TrustedDocumentsDirectory is not { } directory)
        {
            return new InMemoryPersistedOperationStore(options.PersistedOperationCapacity);
        }

        IReadOnlyDictionary<string, string> trusted = TrustedDocuments.LoadDirectory(directory);
        Log.TrustedDocumentsLoaded(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrustedDocuments)), trusted.Count, directory);
        return new InMemoryPersistedOperationStore(options.PersistedOperationCapacity, trusted);
    }
}
