using Discogsography.Server.Stats;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Sql.Explore;

namespace Discogsography.Server.Explore;

/// <summary>
/// Chooses the store the explore API reads: the same graph store <c>graphStats</c> counts — Neo4j when it is configured
/// unless <c>Graph:Store</c> is <c>Relational</c>, the relational catalog otherwise.
/// </summary>
internal static class GraphReadersSetup
{
    /// <summary>Registers the Catalog read contracts over the graph store; needs <c>AddSqlStore</c>.</summary>
    public static IServiceCollection AddGraphReaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSqlExplore();

        // The Neo4j readers replace the relational ones registered before them.
        return GraphStatisticsSetup.UsesNeo4j(configuration) ? services.AddNeo4jExplore(configuration) : services;
    }
}
