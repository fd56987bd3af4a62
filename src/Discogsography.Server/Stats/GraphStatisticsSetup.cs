using Discogsography.Catalog.Ingestion;
using Discogsography.Server.Ingestion;
using Discogsography.Stores.Neo4j;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Catalog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.Server.Stats;

/// <summary>
/// Chooses the store <c>graphStats</c> counts: Neo4j when it is configured (<c>Neo4j:Address</c> / <c>NEO4J_ADDRESS</c>)
/// unless <c>Graph:Store</c> is <c>Relational</c>, the relational catalog otherwise.
/// </summary>
internal static class GraphStatisticsSetup
{
    /// <summary>The setting naming the graph store: <c>Neo4j</c> or <c>Relational</c>.</summary>
    public const string GraphStoreKey = "Graph:Store";

    /// <summary>Registers <see cref="ICatalogStatistics"/> of the graph store; needs <c>AddSqlStore</c>.</summary>
    public static IServiceCollection AddGraphStatistics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSqlCatalog();
        if (!UsesNeo4j(configuration))
        {
            services.Replace(ServiceDescriptor.Singleton<ICatalogStatistics>(provider => provider.GetRequiredService<SqlCatalogStatistics>()));
            return services;
        }

        // The Neo4j store replaces the statistics registered before it.
        services.AddNeo4jStore(configuration);
        return services;
    }

    /// <summary>Whether the graph store is Neo4j under this configuration.</summary>
    public static bool UsesNeo4j(IConfiguration configuration) =>
        IngestorRole.IsNeo4jConfigured(configuration)
        && !string.Equals(configuration[GraphStoreKey], "Relational", StringComparison.OrdinalIgnoreCase);
}
