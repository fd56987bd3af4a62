using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Neo4j.Explore;
using Discogsography.Stores.Neo4j.Tests.Fakes;
using Discogsography.Tests.Shared;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

public sealed class Neo4jEntityReaderTests : IAsyncLifetime
{
    private FakeQueryApiServer _server = null!;
    private Neo4jEntityReader _reader = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeQueryApiServer.StartAsync();
        _reader = new Neo4jEntityReader(Neo4jTestClient.Create(_server.Address));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [SharedDataFact]
    public async Task GetArtistsAsync_DocumentAndPlaceholder_MapToRecordAndNoRecord()
    {
        var sample = Neo4jStore.Sample(DumpType.Artists)[0];
        var json = System.Text.Encoding.UTF8.GetString(sample.Json.Span);
        _server.Responder = r => r.StatementName == "Explore/Entities/Artists"
            ? FakeAnswer.Rows(["id", "name", "document"], [
                [Typed.Integer(sample.Id), Typed.String("Stored"), Typed.String(json)],
                [Typed.Integer(99), Typed.String("Referred"), Typed.Null]])
            : null;

        var artists = await _reader.GetArtistsAsync([sample.Id, 99, 100], CancellationToken.None);

        Assert.Equal([sample.Id, 99L, 100L], _server.Ids("Explore/Entities/Artists"));
        Assert.Equal(CanonicalRecordReader.ReadArtist(sample.Json.Span).Name, artists[sample.Id].Record!.Name);
        Assert.False(artists[sample.Id].IsPlaceholder);
        Assert.True(artists[99].IsPlaceholder);
        Assert.Equal("Referred", artists[99].Name);
        Assert.Equal(2, artists.Count);
    }

    [Fact]
    public async Task GetStylesAsync_Row_MapsCountsAndNullFirstYear()
    {
        _server.Responder = r => r.StatementName == "Explore/Entities/Styles"
            ? FakeAnswer.Rows(["name", "release_count", "artist_count", "label_count", "other_count", "first_year"],
                [[Typed.String("Dub"), Typed.Integer(4), Typed.Integer(3), Typed.Integer(2), Typed.Integer(1), Typed.Null]])
            : null;

        var styles = await _reader.GetStylesAsync(["Dub"], CancellationToken.None);

        Assert.Equal(new StyleNode { Name = "Dub", ReleaseCount = 4, ArtistCount = 3, LabelCount = 2, GenreCount = 1 }, styles["Dub"]);
    }

    [Fact]
    public async Task GetSummariesAsync_MixedKinds_SendsOneListPerKindAndMapsEachRow()
    {
        _server.Responder = r => r.StatementName == "Explore/Entities/Summaries"
            ? FakeAnswer.Rows(["kind", "id", "name", "year"], [
                [Typed.String("Release"), Typed.Integer(4), Typed.String("R"), Typed.Integer(1990)],
                [Typed.String("Style"), Typed.Integer(0), Typed.String("Dub"), Typed.Null]])
            : null;

        var summaries = await _reader.GetSummariesAsync([EntityRef.Release(4), EntityRef.Style("Dub"), EntityRef.Artist(1)], CancellationToken.None);

        var sent = _server.Sent("Explore/Entities/Summaries").Single().Parameters;
        Assert.Equal([4L], sent.GetProperty("releases").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal([1L], sent.GetProperty("artists").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(["Dub"], sent.GetProperty("styles").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, sent.GetProperty("genres").GetArrayLength());
        Assert.Equal(new EntitySummary(EntityRef.Release(4), "R", 1990), summaries[EntityRef.Release(4)]);
        Assert.Equal(new EntitySummary(EntityRef.Style("Dub"), "Dub"), summaries[EntityRef.Style("Dub")]);
        Assert.False(summaries.ContainsKey(EntityRef.Artist(1)));
    }

    [Fact]
    public async Task GetReleasesAsync_TooManyIds_ThrowsWithoutSending()
    {
        var error = await Assert.ThrowsAsync<ExploreArgumentException>(() =>
            _reader.GetReleasesAsync([.. Enumerable.Range(1, ExploreLimits.MaxBatchSize + 1).Select(i => (long)i)], CancellationToken.None));

        Assert.Equal(ExploreErrorCodes.TooManyIds, error.Code);
        Assert.Empty(_server.Requests);
    }
}
