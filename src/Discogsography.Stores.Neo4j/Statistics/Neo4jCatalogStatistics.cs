using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Statistics;

/// <summary>Counts what the graph holds, placeholders excluded (one statement).</summary>
internal sealed class Neo4jCatalogStatistics : ICatalogStatistics
{
    private readonly Neo4jQueryClient _client;

    public Neo4jCatalogStatistics(Neo4jQueryClient client)
    {
        _client = client;
    }

    /// <inheritdoc />
    public async Task<CatalogCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(CypherStatements.Get("Statistics/CatalogCounts"), null, cancellationToken).ConfigureAwait(false);
        return new CatalogCounts(
            result.SingleLong("artists"),
            result.SingleLong("labels"),
            result.SingleLong("masters"),
            result.SingleLong("releases"),
            result.SingleLong("genres"),
            result.SingleLong("styles"));
    }
}
