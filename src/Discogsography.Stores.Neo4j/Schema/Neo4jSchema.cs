using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j.Schema;

/// <summary>
/// Creates the graph's constraints and indexes when absent (every statement under <c>Cypher/Schema/</c>, each
/// <c>IF NOT EXISTS</c>): unique ids per record label, unique genre and style names, unique person keys, range
/// indexes on names, years, first years and <c>seen_at</c>, and the full-text indexes on names and titles.
/// </summary>
internal sealed class Neo4jSchema
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;

    public Neo4jSchema(Neo4jQueryClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jSchema> logger)
    {
        _client = client;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The schema statements, constraints before indexes.</summary>
    public static IReadOnlyList<CypherStatement> Statements => CypherStatements.InFolder("Schema");

    /// <summary>Runs every schema statement (each in its own transaction: Neo4j does not mix schema and data changes).</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var statements = Statements;
        foreach (var statement in statements)
        {
            await _client.RunAsync(statement, null, cancellationToken).ConfigureAwait(false);
        }

        Log.SchemaReady(_logger, _options.Address!, _options.Database, statements.Count);
    }
}
