using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;
using Discogsography.Tests.Shared;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

/// <summary>What the writer stores for the explore readers: each record's canonical JSON and its folded name.</summary>
public sealed class Neo4jCatalogWriterExploreFieldsTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private Neo4jStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _store = new Neo4jStore(Neo4jTestClient.Options(_server.Address));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SharedDataTheory]
    [InlineData(DumpType.Artists, "Writing/Artists/UpsertNodes", "name")]
    [InlineData(DumpType.Labels, "Writing/Labels/UpsertNodes", "name")]
    [InlineData(DumpType.Masters, "Writing/Masters/UpsertNodes", "title")]
    [InlineData(DumpType.Releases, "Writing/Releases/UpsertNodes", "title")]
    public async Task WriteAsync_Sample_SendsTheCanonicalJsonAndTheFoldedNameOfEveryNode(DumpType type, string statement, string nameField)
    {
        var records = Neo4jStore.Sample(type).Take(50).ToList();

        await _store.Writer.WriteAsync(type, records, CancellationToken.None);

        var rows = _server.Rows(statement, "rows").ToDictionary(row => row.GetProperty("id").GetInt64());
        Assert.Equal(records.Count, rows.Count);
        foreach (var record in records)
        {
            var row = rows[record.Id];
            Assert.Equal(System.Text.Encoding.UTF8.GetString(record.Json.Span), row.GetProperty("document").GetString());
            Assert.Equal(SearchText.Fold(row.GetProperty(nameField).GetString()), row.GetProperty("search_name").GetString());
        }

        Assert.Contains(rows.Values, row => row.GetProperty("search_name").GetString()!.Length > 0);
    }

    [SharedDataFact]
    public async Task WriteAsync_Releases_SendTheCreditedNameWithEachArtistAndLabelLink()
    {
        var records = Neo4jStore.Sample(DumpType.Releases);

        await _store.Writer.WriteAsync(DumpType.Releases, records, CancellationToken.None);

        var release = Discogsography.Catalog.Records.CanonicalRecordReader.ReadRelease(records.Single(r => r.Id == 1).Json.Span);
        var artist = _server.Rows("Writing/Releases/MergeArtists", "links").Single(l => l.GetProperty("source").GetInt64() == 1);
        Assert.Equal(release.Artists[0].Name, artist.GetProperty("name").GetString());
        var label = _server.Rows("Writing/Releases/MergeLabels", "links").Single(l => l.GetProperty("source").GetInt64() == 1);
        Assert.Equal(release.Labels[0].Name, label.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(label.GetProperty("name").GetString()));
    }

    [Fact]
    public void UpsertNodes_EveryRecordType_SetsDocumentAndSearchName()
    {
        foreach (var type in new[] { "Artists", "Labels", "Masters", "Releases" })
        {
            var text = Discogsography.Stores.Neo4j.Cypher.CypherStatements.Get($"Writing/{type}/UpsertNodes").Text;
            Assert.Contains(".document = row.document", text, StringComparison.Ordinal);
            Assert.Contains(".search_name = row.search_name", text, StringComparison.Ordinal);
        }
    }
}
