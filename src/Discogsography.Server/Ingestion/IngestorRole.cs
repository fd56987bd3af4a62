using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Ingestion;
using Discogsography.Server.Hosting;
using Discogsography.Stores.Neo4j;
using Discogsography.Stores.Sql;

namespace Discogsography.Server.Ingestion;

/// <summary>
/// The ingestor role: consumers that write the bus's records into the stores — the relational catalog always
/// (PostgreSQL when configured, else SQLite under the data directory) and Neo4j when <c>NEO4J_ADDRESS</c> is set.
/// Every role derives <c>Bus:Consumers</c> from the same configuration, so an extractor in another container
/// declares the queues of exactly the stores its ingestors write.
/// </summary>
internal static class IngestorRole
{
    /// <summary>The relational catalog's store name (its queues are <c>discogsography-sql-&lt;type&gt;</c>).</summary>
    public const string SqlStore = "sql";

    /// <summary>The Neo4j graph's store name.</summary>
    public const string Neo4jStore = "neo4j";

    public static WebApplicationBuilder AddIngestorRole(this WebApplicationBuilder builder, ServerRoles roles)
    {
        var configuration = builder.Configuration;
        var stores = StoreNames(configuration);
        builder.Services.PostConfigure<BusOptions>(options =>
        {
            if (options.Consumers.Count == 0)
            {
                foreach (var store in stores)
                {
                    options.Consumers.Add(store);
                }
            }
        });

        if (!roles.HasFlag(ServerRoles.Ingestor))
        {
            return builder;
        }

        // The relational catalog always (its database follows Sql:*, by default SQLite under the data directory).
        builder.Services.AddSqlCatalog();
        if (IsNeo4jConfigured(configuration))
        {
            builder.Services.AddNeo4jStore(configuration);
        }

        builder.Services.AddIngestion(configuration);
        return builder;
    }

    /// <summary>The stores ingestion writes to under this configuration: <c>sql</c>, and <c>neo4j</c> when Neo4j is configured.</summary>
    public static IReadOnlyList<string> StoreNames(IConfiguration configuration) =>
        IsNeo4jConfigured(configuration) ? [SqlStore, Neo4jStore] : [SqlStore];

    /// <summary>Whether Neo4j is configured (<c>Neo4j:Address</c>, or the seeds' <c>NEO4J_ADDRESS</c>).</summary>
    public static bool IsNeo4jConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Neo4j:Address"] ?? configuration["NEO4J_ADDRESS"]);
}
