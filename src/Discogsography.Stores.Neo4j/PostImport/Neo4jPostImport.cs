using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j.PostImport;

/// <summary>
/// The jobs after a dump's extraction completes, in order: removal of records the new dump no longer has (per
/// type, behind the guards), removal of placeholders nothing references, then the precomputed counts on genres,
/// styles and labels. Each job is one auto-commit statement that deletes or updates in inner transactions
/// (<c>CALL { … } IN TRANSACTIONS</c>), so no single transaction grows with the graph.
/// </summary>
internal sealed class Neo4jPostImport
{
    /// <summary>Stale removal is refused when it would remove more than this share of a type's records.</summary>
    public const double MaxStaleFraction = 0.9;

    private static readonly string[] s_placeholderLabels = ["Artist", "Label", "Master", "Release", "Person", "Genre", "Style"];

    private readonly Neo4jQueryClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;

    public Neo4jPostImport(Neo4jQueryClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jPostImport> logger)
    {
        _client = client;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<PostImportResult> RunAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        var staleRemoved = new Dictionary<DumpType, long>();
        var skipped = new List<string>();
        var startedAt = request.StartedAt.ToUnixTimeMilliseconds();
        foreach (var type in DumpTypeExtensions.All)
        {
            var reason = await RemoveStaleAsync(type, request, startedAt, staleRemoved, cancellationToken).ConfigureAwait(false);
            if (reason is not null)
            {
                skipped.Add($"{type}: {reason}");
                Log.StaleRemovalSkipped(_logger, type.ToString(), reason);
            }
        }

        long placeholders = 0;
        foreach (var label in s_placeholderLabels)
        {
            var result = await _client.RunAsync(CypherStatements.Get($"PostImport/Remove{label}Placeholders"), Chunk(), cancellationToken).ConfigureAwait(false);
            placeholders += result.SingleLong("removed");
        }

        await _client.RunAsync(CypherStatements.Get("PostImport/GenreCounts"), null, cancellationToken).ConfigureAwait(false);
        await _client.RunAsync(CypherStatements.Get("PostImport/StyleCounts"), null, cancellationToken).ConfigureAwait(false);
        await _client.RunAsync(CypherStatements.Get("PostImport/LabelCounts"), Chunk(), cancellationToken).ConfigureAwait(false);

        Log.PostImportDone(_logger, request.Version, placeholders, string.Join(", ", staleRemoved.Select(p => $"{p.Key}={p.Value}")));
        return new PostImportResult(staleRemoved, placeholders, skipped);
    }

    /// <summary>Removes one type's stale records unless a guard holds; returns why it was skipped, or null.</summary>
    private async Task<string?> RemoveStaleAsync(DumpType type, PostImportRequest request, long startedAt, Dictionary<DumpType, long> removed, CancellationToken cancellationToken)
    {
        if (request.AnythingDeadLettered)
        {
            return "records of this run were dead-lettered, so absence from the store does not prove absence from the dump";
        }

        if (!request.RecordCounts.TryGetValue(type, out var reported) || reported == 0)
        {
            return "the extraction reported 0 records of this type";
        }

        var label = Label(type);
        var counts = await _client.RunAsync(
            CypherStatements.Get($"PostImport/Stale{label}Count"),
            new Dictionary<string, object?> { ["started_at"] = startedAt },
            cancellationToken).ConfigureAwait(false);
        var total = counts.SingleLong("total");
        var stale = counts.SingleLong("stale");
        if (stale == 0)
        {
            removed[type] = 0;
            return null;
        }

        if (stale > total * MaxStaleFraction)
        {
            return $"{stale} of {total} records are stale, more than {MaxStaleFraction:P0}: refusing to remove them";
        }

        var result = await _client.RunAsync(
            CypherStatements.Get($"PostImport/RemoveStale{label}s"),
            new Dictionary<string, object?> { ["started_at"] = startedAt, ["chunk"] = _options.PostImportChunkSize },
            cancellationToken).ConfigureAwait(false);
        removed[type] = result.SingleLong("removed");
        return null;
    }

    private Dictionary<string, object?> Chunk() => new() { ["chunk"] = _options.PostImportChunkSize };

    /// <summary>The node label of a record type.</summary>
    internal static string Label(DumpType type) => type switch
    {
        DumpType.Artists => "Artist",
        DumpType.Labels => "Label",
        DumpType.Masters => "Master",
        DumpType.Releases => "Release",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown dump type."),
    };
}
