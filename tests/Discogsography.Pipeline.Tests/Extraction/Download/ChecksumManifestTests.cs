using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Tests.Shared;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class ChecksumManifestTests
{
    private const string Hash = "729ec98c940d469fe8800a386273db4cfde50e242b9ea15e98b5bf8d5541d127";

    [Fact]
    public void Parse_Sha256sumLines_ReadsTextAndBinaryModeEntries()
    {
        var text = $"{Hash}  discogs_20200806_artists.xml.gz\n{Hash.ToUpperInvariant()} *discogs_20200806_labels.xml.gz\r\n";

        var manifest = ChecksumManifest.Parse(text);

        Assert.Equal(Hash, manifest.Find("discogs_20200806_artists.xml.gz"));
        Assert.Equal(Hash, manifest.Find("discogs_20200806_labels.xml.gz"));
        Assert.Equal(2, manifest.Hashes.Count);
    }

    [Fact]
    public void Parse_BlankAndGarbageLines_AreIgnored()
    {
        var text = $"\n# checksums\nnot a hash  file.xml.gz\n{Hash[..63]}  short.xml.gz\n   \n{Hash}  ./data/discogs_20200806_masters.xml.gz\n";

        var manifest = ChecksumManifest.Parse(text);

        Assert.Equal(["discogs_20200806_masters.xml.gz"], manifest.Hashes.Keys);
        Assert.Null(manifest.Find("short.xml.gz"));
    }

    [Fact]
    public void Parse_NoEntries_Throws()
    {
        Assert.Throws<FormatException>(() => ChecksumManifest.Parse("<html>Access denied</html>\n"));
    }

    [SharedDataFact]
    public void Parse_TheRealSampleFile_ListsTheFourDataFiles()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.SampleFolder, "CHECKSUM.txt"));

        var manifest = ChecksumManifest.Parse(text);

        Assert.Equal(4, manifest.Hashes.Count);
        Assert.Equal(Hash, manifest.Find("discogs_20200806_artists.xml.gz"));
    }
}
