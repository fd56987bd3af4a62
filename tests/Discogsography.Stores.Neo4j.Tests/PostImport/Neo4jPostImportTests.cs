using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.PostImport;

public sealed class Neo4jPostImportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_startedAt = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private FakeQueryApiServer _server = null!;
    private Neo4jStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _store = new Neo4jStore(Neo4jTestClient.Options(_server.Address));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static PostImportRequest Request(bool deadLettered = false, long artists = 1000) => new(
        "20261101",
        s_startedAt,
        new Dictionary<DumpType, long> { [DumpType.Artists] = artists, [DumpType.Labels] = 1000, [DumpType.Masters] = 1000, [DumpType.Releases] = 1000 },
        deadLettered);

    /// <summary>Answers the stale counts with total/stale per label, removals with "removed" = the stale count, placeholders with 2 each.</summary>
    private void Graph(Dictionary<string, (long Total, long Stale)> counts) => _server.Responder = r =>
    {
        var name = r.StatementName ?? string.Empty;
        foreach (var (label, (total, stale)) in counts)
        {
            if (name == $"PostImport/Stale{label}Count")
            {
                return FakeAnswer.Rows(["total", "stale"], [[Typed.Integer(total), Typed.Integer(stale)]]);
            }

            if (name == $"PostImport/RemoveStale{label}s")
            {
                return FakeAnswer.Rows(["removed"], [[Typed.Integer(stale)]]);
            }
        }

        return name.EndsWith("Placeholders", StringComparison.Ordinal) ? FakeAnswer.Rows(["removed"], [[Typed.Integer(2)]]) : null;
    };

    private static Dictionary<string, (long, long)> Counts(long artistStale = 10) => new()
    {
        ["Artist"] = (1000, artistStale),
        ["Label"] = (500, 0),
        ["Master"] = (300, 3),
        ["Release"] = (2000, 20),
    };

    [Fact]
    public async Task RunAsync_StaleRecordsWithinTheGuards_RemovesThemThenPlaceholdersThenCounts()
    {
        Graph(Counts());

        var result = await _store.Writer.RunPostImportAsync(Request(), CancellationToken.None);

        Assert.Equal(new Dictionary<DumpType, long> { [DumpType.Artists] = 10, [DumpType.Labels] = 0, [DumpType.Masters] = 3, [DumpType.Releases] = 20 }, result.StaleRemoved);
        Assert.Equal(14, result.PlaceholdersRemoved);
        Assert.Empty(result.SkippedRemovals);
        Assert.Equal(
            [
                "PostImport/StaleArtistCount", "PostImport/RemoveStaleArtists", "PostImport/StaleLabelCount",
                "PostImport/StaleMasterCount", "PostImport/RemoveStaleMasters", "PostImport/StaleReleaseCount", "PostImport/RemoveStaleReleases",
                "PostImport/RemoveArtistPlaceholders", "PostImport/RemoveLabelPlaceholders", "PostImport/RemoveMasterPlaceholders",
                "PostImport/RemoveReleasePlaceholders", "PostImport/RemovePersonPlaceholders", "PostImport/RemoveGenrePlaceholders",
                "PostImport/RemoveStylePlaceholders", "PostImport/GenreCounts", "PostImport/StyleCounts", "PostImport/LabelCounts",
            ],
            _server.StatementNames);
        var removal = _server.Sent("PostImport/RemoveStaleArtists").Single().Parameters;
        Assert.Equal(s_startedAt.ToUnixTimeMilliseconds(), removal.GetProperty("started_at").GetInt64());
        Assert.Equal(1000, removal.GetProperty("chunk").GetInt32());
        Assert.All(_server.Requests, r => Assert.Equal("/db/graph/query/v2", r.Path));
    }

    [Fact]
    public async Task RunAsync_AnythingDeadLettered_SkipsEveryStaleRemovalButStillCleansAndCounts()
    {
        Graph(Counts());

        var result = await _store.Writer.RunPostImportAsync(Request(deadLettered: true), CancellationToken.None);

        Assert.Empty(result.StaleRemoved);
        Assert.Equal(4, result.SkippedRemovals.Count);
        Assert.All(result.SkippedRemovals, s => Assert.Contains("dead-lettered", s, StringComparison.Ordinal));
        Assert.DoesNotContain(_server.StatementNames, n => n!.Contains("Stale", StringComparison.Ordinal));
        Assert.Contains("PostImport/GenreCounts", _server.StatementNames);
    }

    [Fact]
    public async Task RunAsync_TypeReportedZeroRecords_SkipsThatTypeOnly()
    {
        Graph(Counts());

        var result = await _store.Writer.RunPostImportAsync(Request(artists: 0), CancellationToken.None);

        Assert.Equal(["Artists: the extraction reported 0 records of this type"], result.SkippedRemovals);
        Assert.False(result.StaleRemoved.ContainsKey(DumpType.Artists));
        Assert.Empty(_server.Sent("PostImport/StaleArtistCount"));
        Assert.Single(_server.Sent("PostImport/RemoveStaleReleases"));
    }

    [Fact]
    public async Task RunAsync_MoreThanNinetyPercentStale_RefusesThatRemoval()
    {
        Graph(Counts(artistStale: 901));

        var result = await _store.Writer.RunPostImportAsync(Request(), CancellationToken.None);

        var skipped = Assert.Single(result.SkippedRemovals);
        Assert.StartsWith("Artists: 901 of 1000 records are stale", skipped, StringComparison.Ordinal);
        Assert.Empty(_server.Sent("PostImport/RemoveStaleArtists"));
        Assert.Equal(20, result.StaleRemoved[DumpType.Releases]);
    }

    [Fact]
    public async Task RunAsync_ExactlyNinetyPercentStale_StillRemoves()
    {
        Graph(Counts(artistStale: 900));

        var result = await _store.Writer.RunPostImportAsync(Request(), CancellationToken.None);

        Assert.Empty(result.SkippedRemovals);
        Assert.Equal(900, result.StaleRemoved[DumpType.Artists]);
    }
}
