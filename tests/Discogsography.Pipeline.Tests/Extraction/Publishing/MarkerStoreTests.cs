using Discogsography.Pipeline.Extraction.Publishing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class MarkerStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("markers-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Save_ThenLoad_RoundTripsAndLeavesNoTemporaryFile()
    {
        var store = new MarkerStore(_directory, NullLogger.Instance);
        var marker = new ExtractionMarker { Version = "20200806", Status = PublishStatus.InProgress, StartedAt = DateTimeOffset.UnixEpoch };
        string path = store.VersionMarkerPath("20200806");

        store.Save(path, marker);

        Assert.Equal(marker, store.Load<ExtractionMarker>(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
        Assert.Contains("\"status\": \"in_progress\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Corrupt_ReturnsNullAndSetsTheFileAside()
    {
        var store = new MarkerStore(_directory, NullLogger.Instance);
        string path = store.FileMarkerPath("discogs_20200806_artists.xml.gz");
        File.WriteAllText(path, "{\"file\": \"trunc");

        Assert.Null(store.Load<PublishMarker>(path));
        Assert.False(File.Exists(path));
        Assert.True(File.Exists(path + ".corrupt"));
    }

    [Fact]
    public void Load_Missing_ReturnsNull()
    {
        var store = new MarkerStore(_directory, NullLogger.Instance);

        Assert.Null(store.Load<PublishMarker>(store.FileMarkerPath("absent.xml.gz")));
    }
}
