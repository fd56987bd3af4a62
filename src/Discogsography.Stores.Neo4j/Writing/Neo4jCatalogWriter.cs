using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;
using Discogsography.Stores.Neo4j.PostImport;
using Discogsography.Stores.Neo4j.Schema;
using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// The Neo4j side of ingestion. A batch is one explicit transaction: read the stored SHA-256 of every id, touch
/// the unchanged records (their <c>seen_at</c> only), then for the changed ones upsert the nodes, withdraw their
/// old relationships and merge the new ones with <c>UNWIND</c> + <c>MERGE</c> (references to unseen entities
/// become id-only placeholders). Ids and years are integers; <c>seen_at</c> is Unix milliseconds.
/// </summary>
internal sealed class Neo4jCatalogWriter : ICatalogWriter
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jSchema _schema;
    private readonly Neo4jPostImport _postImport;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public Neo4jCatalogWriter(Neo4jQueryClient client, Neo4jSchema schema, Neo4jPostImport postImport, TimeProvider time, ILogger<Neo4jCatalogWriter> logger)
    {
        _client = client;
        _schema = schema;
        _postImport = postImport;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public string StoreName => "neo4j";

    /// <inheritdoc />
    public Task PrepareAsync(CancellationToken cancellationToken) => _schema.EnsureAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        var latest = Deduplicate(records);
        if (latest.Count == 0)
        {
            return new WriteBatchResult(0, 0);
        }

        var folder = type.ToString();
        var seenAt = _time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            var result = await _client.ExecuteInTransactionAsync($"{folder} batch", async (transaction, token) =>
            {
                var stored = await StoredHashesAsync(transaction, folder, latest, token).ConfigureAwait(false);
                var changed = latest.Where(r => !stored.TryGetValue(r.Id, out var hash) || !string.Equals(hash, r.Sha256, StringComparison.Ordinal)).ToList();
                var unchanged = latest.Where(r => stored.TryGetValue(r.Id, out var hash) && string.Equals(hash, r.Sha256, StringComparison.Ordinal)).Select(r => r.Id).ToList();
                if (unchanged.Count > 0)
                {
                    var touch = CypherStatements.Get($"Writing/{folder}/TouchUnchanged");
                    await transaction.RunAsync(touch, new Dictionary<string, object?> { ["ids"] = unchanged, ["seen_at"] = seenAt }, token).ConfigureAwait(false);
                }

                foreach (var step in Plan(type, changed, seenAt))
                {
                    await transaction.RunAsync(step.Statement, step.Parameters, token).ConfigureAwait(false);
                }

                return new WriteBatchResult(changed.Count, unchanged.Count);
            }, cancellationToken).ConfigureAwait(false);
            Log.BatchWritten(_logger, folder, result.Written, result.Unchanged);
            return result;
        }
        catch (Neo4jQueryException exception) when (IsDataRejection(exception.Code))
        {
            throw new InvalidRecordException($"Neo4j rejected the {folder} batch: {exception.Message}", latest.Count == 1 ? latest[0].Id : null, exception);
        }
    }

    /// <inheritdoc />
    public Task<PostImportResult> RunPostImportAsync(PostImportRequest request, CancellationToken cancellationToken) =>
        _postImport.RunAsync(request, cancellationToken);

    /// <summary>The last record per id, in first-seen order.</summary>
    internal static List<IngestRecord> Deduplicate(IReadOnlyList<IngestRecord> records)
    {
        var index = new Dictionary<long, int>();
        var latest = new List<IngestRecord>(records.Count);
        foreach (var record in records)
        {
            if (index.TryGetValue(record.Id, out var at))
            {
                latest[at] = record;
            }
            else
            {
                index[record.Id] = latest.Count;
                latest.Add(record);
            }
        }

        return latest;
    }

    internal static IReadOnlyList<WriteStep> Plan(DumpType type, IReadOnlyList<IngestRecord> changed, long seenAt) =>
        changed.Count == 0 ? [] : type switch
        {
            DumpType.Artists => ArtistGraph.Plan(changed, seenAt),
            DumpType.Labels => LabelGraph.Plan(changed, seenAt),
            DumpType.Masters => MasterGraph.Plan(changed, seenAt),
            DumpType.Releases => ReleaseGraph.Plan(changed, seenAt),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown dump type."),
        };

    private static async Task<Dictionary<long, string?>> StoredHashesAsync(Neo4jTransaction transaction, string folder, List<IngestRecord> records, CancellationToken cancellationToken)
    {
        var ids = records.Select(r => r.Id).ToList();
        var result = await transaction.RunAsync(CypherStatements.Get($"Writing/{folder}/StoredHashes"), new Dictionary<string, object?> { ["ids"] = ids }, cancellationToken).ConfigureAwait(false);
        var stored = new Dictionary<long, string?>(result.Rows.Count);
        for (var row = 0; row < result.Rows.Count; row++)
        {
            if (result.Value(row, "id") is long id)
            {
                stored[id] = result.Value(row, "sha256") as string;
            }
        }

        return stored;
    }

    /// <summary>Neo4j errors that mean the data was refused (a value of the wrong type, a constraint), not the statement or the server.</summary>
    private static bool IsDataRejection(string code) =>
        code is "Neo.ClientError.Statement.TypeError" or "Neo.ClientError.Statement.ArgumentError" or "Neo.ClientError.Schema.ConstraintValidationFailed"
            or "Neo.ClientError.Statement.ArithmeticError";
}
