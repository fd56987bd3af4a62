using Discogsography.Catalog.Explore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>Registers the explore read ports over Neo4j.</summary>
public static class Neo4jExploreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Neo4j store (<see cref="Neo4jStoreServiceCollectionExtensions.AddNeo4jStore"/>) and its implementations of
    /// <see cref="IEntityReader"/>, <see cref="IExploreReader"/>, <see cref="ISearchReader"/>, <see cref="IPathFinder"/>
    /// and <see cref="IGraphOverviewReader"/>, replacing readers registered before (so the server reads from the graph).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Neo4j</c> section and the seed variables.</param>
    public static IServiceCollection AddNeo4jExplore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNeo4jStore(configuration);
        services.Replace(ServiceDescriptor.Singleton<IEntityReader, Neo4jEntityReader>());
        services.Replace(ServiceDescriptor.Singleton<IExploreReader, Neo4jExploreReader>());
        services.Replace(ServiceDescriptor.Singleton<ISearchReader, Neo4jSearchReader>());
        services.Replace(ServiceDescriptor.Singleton<IPathFinder, Neo4jPathFinder>());
        services.Replace(ServiceDescriptor.Singleton<IGraphOverviewReader, Neo4jGraphOverviewReader>());
        return services;
    }
}
