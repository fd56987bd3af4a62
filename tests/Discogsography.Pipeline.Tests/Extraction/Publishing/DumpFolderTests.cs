using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Tests.Shared;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class DumpFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dumps-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Touch(params string[] names)
    {
        foreach (string name in names)
        {
            File.WriteAllText(Path.Combine(_directory, name), "");
        }
    }

    [Fact]
    public void Find_NewestVersionIncomplete_TakesTheNewestCompleteOne()
    {
        Touch("discogs_20260101_artists.xml.gz", "discogs_20260101_labels.xml.gz", "discogs_20260201_artists.xml.gz");

        var folder = DumpFolder.Find(_directory, [DumpType.Artists, DumpType.Labels]);

        Assert.Equal("20260101", folder.Version);
        Assert.Equal([DumpType.Artists, DumpType.Labels], folder.Files.Select(f => f.Type));
    }

    [Fact]
    public void Find_NoCompleteVersion_Throws()
    {
        Touch("discogs_20260201_artists.xml.gz");

        Assert.Throws<FileNotFoundException>(() => DumpFolder.Find(_directory, [DumpType.Artists, DumpType.Releases]));
    }

    [SharedDataFact]
    public void Find_Sample_ReadsPublishedChecksums()
    {
        var folder = DumpFolder.Find(SharedData.SampleFolder, DumpTypeExtensions.All);

        Assert.Equal("4beade4e2bda42c58c9c4ec0ce86cf8d11f72c2d28ea0a5b438a917a190d8767", folder.Files[3].PublishedSha256);
    }

    [Fact]
    public void ReadChecksums_BinaryMarkerAndJunkLines_KeepsOnlyValidEntriesLowerCased()
    {
        string path = Path.Combine(_directory, "CHECKSUM.txt");
        File.WriteAllLines(path, [new string('A', 64) + " *discogs_x.xml.gz", "", "not a line", new string('b', 63) + "  short.xml.gz"]);

        IReadOnlyDictionary<string, string> checksums = DumpFolder.ReadChecksums(path);

        Assert.Equal(new string('a', 64), Assert.Single(checksums).Value);
        Assert.Equal("discogs_x.xml.gz", checksums.Keys.Single());
    }
}
