using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.PostImport;
using Discogsography.Stores.Neo4j.Schema;
using Discogsography.Stores.Neo4j.Statistics;
using Discogsography.Stores.Neo4j.Tests.Shared;
using Discogsography.Stores.Neo4j.Writing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>The store's parts wired to one client, as AddNeo4jStore wires them.</summary>
internal sealed class Neo4jStore
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    public Neo4jStore(Neo4jOptions options)
    {
        Options = options;
        Client = Neo4jTestClient.Create(options);
        var wrapped = Neo4jTestClient.Wrap(options);
        Schema = new Neo4jSchema(Client, wrapped, NullLogger<Neo4jSchema>.Instance);
        PostImport = new Neo4jPostImport(Client, wrapped, NullLogger<Neo4jPostImport>.Instance);
        Writer = new Neo4jCatalogWriter(Client, Schema, PostImport, new FixedTimeProvider(Now), NullLogger<Neo4jCatalogWriter>.Instance);
        Statistics = new Neo4jCatalogStatistics(Client);
    }

    public Neo4jOptions Options { get; }

    public Neo4jQueryClient Client { get; }

    public Neo4jSchema Schema { get; }

    public Neo4jPostImport PostImport { get; }

    public Neo4jCatalogWriter Writer { get; }

    public Neo4jCatalogStatistics Statistics { get; }

    /// <summary>The real sample records of a type as ingestion receives them.</summary>
    public static List<IngestRecord> Sample(DumpType type) =>
        [.. SharedDataSamples.Records(type).Select(r => new IngestRecord(r.Id, r.Sha256, r.Json))];
}
