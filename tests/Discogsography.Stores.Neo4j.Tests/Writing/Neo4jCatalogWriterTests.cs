using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Neo4j.Tests.Fakes;
using Discogsography.Tests.Shared;

namespace Discogsography.Stores.Neo4j.Tests.Writing;

public sealed class Neo4jCatalogWriterTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private Neo4jStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _store = new Neo4jStore(Neo4jTestClient.Options(_server.Address));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SharedDataFact]
    public async Task WriteAsync_RealReleases_RunsTheReleaseStatementsInOneCommittedTransaction()
    {
        var records = Neo4jStore.Sample(DumpType.Releases);

        var result = await _store.Writer.WriteAsync(DumpType.Releases, records, CancellationToken.None);

        Assert.Equal(new WriteBatchResult(1000, 0), result);
        Assert.Equal(
            [
                "Writing/Releases/StoredHashes", "Writing/Releases/UpsertNodes", "Writing/Releases/PruneRelationships",
                "Writing/Releases/PruneCredits", "Writing/Releases/MergeArtists", "Writing/Releases/MergeLabels",
                "Writing/Releases/MergeMasters", "Writing/Releases/MergeGenres", "Writing/Releases/MergeStyles",
                "Writing/Shared/MergeStyleGenres", "Writing/Releases/MergeCredits", "Writing/Releases/MergeCreditArtists",
            ],
            _server.StatementNames);
        Assert.All(_server.Requests, r => Assert.StartsWith("/db/graph/query/v2/tx", r.Path, StringComparison.Ordinal));
        Assert.Equal("POST /db/graph/query/v2/tx/tx1/commit", $"{_server.Requests[^1].Method} {_server.Requests[^1].Path}");
        Assert.Equal(new Dictionary<string, string> { ["tx1"] = "committed" }, _server.Transactions);
        Assert.Equal(records.Select(r => r.Id), _server.Ids("Writing/Releases/StoredHashes"));
        Assert.Equal(Neo4jStore.Now.ToUnixTimeMilliseconds(), _server.Sent("Writing/Releases/UpsertNodes")[0].Parameters.GetProperty("seen_at").GetInt64());
    }

    [SharedDataFact]
    public async Task WriteAsync_RealRelease1_SendsItsNodeAndItsByOnDerivedFromIsAndCreditRows()
    {
        await _store.Writer.WriteAsync(DumpType.Releases, Neo4jStore.Sample(DumpType.Releases), CancellationToken.None);

        var node = _server.Rows("Writing/Releases/UpsertNodes", "rows").Single(r => r.GetProperty("id").GetInt64() == 1);
        Assert.Equal("Stockholm", node.GetProperty("title").GetString());
        Assert.Equal(1999, node.GetProperty("year").GetInt32());
        Assert.Equal("Sweden", node.GetProperty("country").GetString());
        Assert.Equal("""["Vinyl"]""", node.GetProperty("formats").GetRawText());
        Assert.Equal("SK032", node.GetProperty("catalog_number").GetString());
        Assert.Equal(64, node.GetProperty("sha256").GetString()!.Length);
        Assert.Equal([(1L, 1L)], _server.Links("Writing/Releases/MergeArtists").Where(l => l.Source == 1));
        Assert.Equal([(1L, 5L)], _server.Links("Writing/Releases/MergeLabels").Where(l => l.Source == 1));
        Assert.Equal([(1L, 1660109L)], _server.Links("Writing/Releases/MergeMasters").Where(l => l.Source == 1));
        Assert.Equal([(1L, "Electronic")], _server.NameLinks("Writing/Releases/MergeGenres").Where(l => l.Source == 1));
        Assert.Equal([(1L, "Deep House")], _server.NameLinks("Writing/Releases/MergeStyles").Where(l => l.Source == 1));
        Assert.Contains(
            _server.Rows("Writing/Shared/MergeStyleGenres", "pairs"),
            p => p.GetProperty("style").GetString() == "Deep House" && p.GetProperty("genre").GetString() == "Electronic");
        var credit = Assert.Single(_server.Rows("Writing/Releases/MergeCredits", "credits"), c => c.GetProperty("release_id").GetInt64() == 1);
        Assert.Equal("artist:239", credit.GetProperty("person_key").GetString());
        Assert.Equal("Jesper Dahlbäck", credit.GetProperty("name").GetString());
        Assert.Equal(239, credit.GetProperty("artist_id").GetInt64());
        Assert.Equal("Music By [All Tracks By]", credit.GetProperty("role").GetString());
        Assert.Contains(
            _server.Rows("Writing/Releases/MergeCreditArtists", "links"),
            l => l.GetProperty("person_key").GetString() == "artist:239" && l.GetProperty("artist_id").GetInt64() == 239);
    }

    [SharedDataFact]
    public async Task WriteAsync_RealReleases_LinkOnlyReleasesWithARealMasterAndNeverMaster0()
    {
        var records = Neo4jStore.Sample(DumpType.Releases);
        var withMaster = records.Select(r => CanonicalRecordReader.ReadRelease(r.Json.Span)).Where(r => r.MasterId is > 0).Select(r => r.Id).ToHashSet();

        await _store.Writer.WriteAsync(DumpType.Releases, records, CancellationToken.None);

        var links = _server.Links("Writing/Releases/MergeMasters");
        Assert.InRange(withMaster.Count, 1, records.Count - 1);
        Assert.Equal(withMaster, links.Select(l => l.Source).ToHashSet());
        Assert.DoesNotContain(links, l => l.Target <= 0);
    }

    [SharedDataFact]
    public async Task WriteAsync_RealReleases_KeyCreditedPeopleByArtistIdElseByName()
    {
        var records = Neo4jStore.Sample(DumpType.Releases);

        await _store.Writer.WriteAsync(DumpType.Releases, records, CancellationToken.None);

        var credits = _server.Rows("Writing/Releases/MergeCredits", "credits");
        Assert.Contains(credits, c => c.GetProperty("artist_id").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.All(credits, c =>
        {
            var key = c.GetProperty("person_key").GetString();
            var expected = c.GetProperty("artist_id").ValueKind == System.Text.Json.JsonValueKind.Number
                ? $"artist:{c.GetProperty("artist_id").GetInt64()}"
                : $"name:{c.GetProperty("name").GetString()}";
            Assert.Equal(expected, key);
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("role").GetString()));
        });
    }

    [SharedDataFact]
    public async Task WriteAsync_RealArtists_SendsMembersGroupsAndAliasesAsTheRecordsListThem()
    {
        var records = Neo4jStore.Sample(DumpType.Artists);
        var artists = records.Select(r => CanonicalRecordReader.ReadArtist(r.Json.Span)).ToList();

        await _store.Writer.WriteAsync(DumpType.Artists, records, CancellationToken.None);

        static HashSet<(long, long)> Expected(IEnumerable<ArtistRecord> artists, Func<ArtistRecord, IEnumerable<EntityReference>> list) =>
            [.. artists.SelectMany(a => list(a).Where(r => r.Id is > 0).Select(r => (a.Id, r.Id!.Value)))];
        Assert.NotEmpty(Expected(artists, a => a.Members));
        Assert.Equal(Expected(artists, a => a.Members), _server.Links("Writing/Artists/MergeMembers"));
        Assert.Equal(Expected(artists, a => a.Groups), _server.Links("Writing/Artists/MergeGroups"));
        Assert.Equal(Expected(artists, a => a.Aliases), _server.Links("Writing/Artists/MergeAliases"));
        Assert.Equal(records.Select(r => r.Id), _server.Ids("Writing/Artists/ReleaseMemberClaims"));
        Assert.Equal(records.Select(r => r.Id), _server.Ids("Writing/Artists/DeleteAliases"));
    }

    [SharedDataFact]
    public async Task WriteAsync_RealLabels_SendsSublabelsAndParents()
    {
        var records = Neo4jStore.Sample(DumpType.Labels);
        var labels = records.Select(r => CanonicalRecordReader.ReadLabel(r.Json.Span)).ToList();

        await _store.Writer.WriteAsync(DumpType.Labels, records, CancellationToken.None);

        var sublabels = labels.SelectMany(l => l.Sublabels.Where(s => s.Id is > 0).Select(s => (l.Id, s.Id!.Value))).ToHashSet();
        var parents = labels.Where(l => l.ParentLabel?.Id is > 0).Select(l => (l.Id, l.ParentLabel!.Id!.Value)).ToHashSet();
        // The sample's sublabel lists are empty elements (<label/>), so only parents carry ids there.
        Assert.NotEmpty(parents);
        Assert.Equal(sublabels, _server.Links("Writing/Labels/MergeSublabels"));
        Assert.Equal(parents, _server.Links("Writing/Labels/MergeParents"));
    }

    [SharedDataFact]
    public async Task WriteAsync_RealMasters_SendsArtistsGenresAndStyles()
    {
        var records = Neo4jStore.Sample(DumpType.Masters);
        var masters = records.Select(r => CanonicalRecordReader.ReadMaster(r.Json.Span)).ToList();

        await _store.Writer.WriteAsync(DumpType.Masters, records, CancellationToken.None);

        Assert.Equal(
            masters.SelectMany(m => m.Artists.Where(a => a.Id is > 0).Select(a => (m.Id, a.Id!.Value))).ToHashSet(),
            _server.Links("Writing/Masters/MergeArtists"));
        Assert.Equal(masters.SelectMany(m => m.Genres.Select(g => (m.Id, g))).ToHashSet(), _server.NameLinks("Writing/Masters/MergeGenres"));
        Assert.Equal(masters.SelectMany(m => m.Styles.Select(s => (m.Id, s))).ToHashSet(), _server.NameLinks("Writing/Masters/MergeStyles"));
        Assert.Equal(records.Select(r => r.Id), _server.Ids("Writing/Masters/PruneRelationships"));
    }

    [SharedDataFact]
    public async Task WriteAsync_StoredHashesMatch_SkipsUnchangedRecordsAndOnlyTouchesThem()
    {
        var records = Neo4jStore.Sample(DumpType.Releases).Take(3).ToList();
        _server.Responder = r => r.StatementName == "Writing/Releases/StoredHashes"
            ? FakeAnswer.Rows(["id", "sha256"], [
                [Typed.Integer(records[0].Id), Typed.String(records[0].Sha256)],
                [Typed.Integer(records[1].Id), Typed.String(records[1].Sha256)],
                [Typed.Integer(records[2].Id), Typed.Null],
            ])
            : null;

        var result = await _store.Writer.WriteAsync(DumpType.Releases, records, CancellationToken.None);

        Assert.Equal(new WriteBatchResult(1, 2), result);
        Assert.Equal([records[0].Id, records[1].Id], _server.Ids("Writing/Releases/TouchUnchanged"));
        Assert.Equal([records[2].Id], _server.Rows("Writing/Releases/UpsertNodes", "rows").Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal([records[2].Id], _server.Ids("Writing/Releases/PruneRelationships"));
    }

    [SharedDataFact]
    public async Task WriteAsync_AllUnchanged_SendsNoWritesButTheTouch()
    {
        var records = Neo4jStore.Sample(DumpType.Labels).Take(2).ToList();
        _server.Responder = r => r.StatementName == "Writing/Labels/StoredHashes"
            ? FakeAnswer.Rows(["id", "sha256"], records.Select(x => (IReadOnlyList<string>)[Typed.Integer(x.Id), Typed.String(x.Sha256)]))
            : null;

        var result = await _store.Writer.WriteAsync(DumpType.Labels, records, CancellationToken.None);

        Assert.Equal(new WriteBatchResult(0, 2), result);
        Assert.Equal(["Writing/Labels/StoredHashes", "Writing/Labels/TouchUnchanged"], _server.StatementNames);
        Assert.Equal("committed", _server.Transactions["tx1"]);
    }

    [SharedDataFact]
    public async Task WriteAsync_StatementRejected_RollsBackAndThrowsInvalidRecordException()
    {
        _server.Responder = r => r.StatementName == "Writing/Releases/MergeCredits"
            ? FakeAnswer.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label `Person`")
            : null;

        var exception = await Assert.ThrowsAsync<InvalidRecordException>(
            () => _store.Writer.WriteAsync(DumpType.Releases, Neo4jStore.Sample(DumpType.Releases).Take(10).ToList(), CancellationToken.None));

        Assert.Contains("ConstraintValidationFailed", exception.Message, StringComparison.Ordinal);
        Assert.Equal("failed", _server.Transactions["tx1"]);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task WriteAsync_DeadlockOnce_RetriesTheBatchInANewTransaction()
    {
        var failures = 0;
        _server.Responder = r => r.StatementName == "Writing/Releases/MergeLabels" && Interlocked.Increment(ref failures) == 1
            ? FakeAnswer.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : null;

        var result = await _store.Writer.WriteAsync(DumpType.Releases, Neo4jStore.Sample(DumpType.Releases).Take(10).ToList(), CancellationToken.None);

        Assert.Equal(new WriteBatchResult(10, 0), result);
        Assert.Equal("failed", _server.Transactions["tx1"]);
        Assert.Equal("committed", _server.Transactions["tx2"]);
    }

    [Fact]
    public async Task WriteAsync_MalformedJson_ThrowsInvalidRecordExceptionAndCommitsNothing()
    {
        var records = new List<IngestRecord> { new(7, new string('a', 64), Encoding.UTF8.GetBytes("{\"id\":7,\"name\":")) };

        var exception = await Assert.ThrowsAsync<InvalidRecordException>(() => _store.Writer.WriteAsync(DumpType.Artists, records, CancellationToken.None));

        Assert.Equal(7, exception.RecordId);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.Equal("rolled back", _server.Transactions["tx1"]);
    }

    [Fact]
    public async Task WriteAsync_RepeatedId_WritesTheLastVersionOnce()
    {
        var records = new List<IngestRecord>
        {
            new(3, new string('1', 64), Encoding.UTF8.GetBytes("""{"id":3,"name":"Old"}""")),
            new(3, new string('2', 64), Encoding.UTF8.GetBytes("""{"id":3,"name":"New"}""")),
        };

        var result = await _store.Writer.WriteAsync(DumpType.Labels, records, CancellationToken.None);

        Assert.Equal(new WriteBatchResult(1, 0), result);
        var row = Assert.Single(_server.Rows("Writing/Labels/UpsertNodes", "rows"));
        Assert.Equal("New", row.GetProperty("name").GetString());
        Assert.Equal(new string('2', 64), row.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task WriteAsync_LabelWithSublabels_ClaimsEachEdgeFromTheParentSide()
    {
        var records = new List<IngestRecord>
        {
            new(10, new string('a', 64), Encoding.UTF8.GetBytes("""{"id":10,"name":"Parent","sublabels":[{"id":11,"name":"A"},{"id":12,"name":"B"},{"id":null,"name":"C"}]}""")),
        };

        await _store.Writer.WriteAsync(DumpType.Labels, records, CancellationToken.None);

        Assert.Equal([(10L, 11L), (10L, 12L)], _server.Links("Writing/Labels/MergeSublabels").Order());
        Assert.Empty(_server.Sent("Writing/Labels/MergeParents"));
        Assert.Equal([10L], _server.Ids("Writing/Labels/ReleaseSublabelClaims"));
        Assert.Equal([10L], _server.Ids("Writing/Labels/ReleaseParentClaims"));
    }

    [Fact]
    public async Task WriteAsync_EmptyBatch_SendsNothing()
    {
        var result = await _store.Writer.WriteAsync(DumpType.Masters, [], CancellationToken.None);

        Assert.Equal(new WriteBatchResult(0, 0), result);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void StoreName_IsNeo4j() => Assert.Equal("neo4j", _store.Writer.StoreName);
}
