using Discogsography.Pipeline.Extraction.Discovery;

namespace Discogsography.Pipeline.Tests.Extraction.Discovery;

public sealed class DumpFileNameTests
{
    [Theory]
    [InlineData("discogs_20200806_artists.xml.gz", DumpFileType.Artists)]
    [InlineData("discogs_20200806_labels.xml.gz", DumpFileType.Labels)]
    [InlineData("discogs_20200806_masters.xml.gz", DumpFileType.Masters)]
    [InlineData("discogs_20200806_releases.xml.gz", DumpFileType.Releases)]
    [InlineData("discogs_20200806_CHECKSUM.txt", DumpFileType.Checksum)]
    public void TryParse_DumpFileNames_ReadVersionAndType(string name, DumpFileType type)
    {
        Assert.True(DumpFileName.TryParse(name, out var month, out var parsed));

        Assert.Equal(type, parsed);
        Assert.Equal("20200806", month.Version);
        Assert.Equal("2020-08", month.Key);
        Assert.Equal(name, DumpFileName.For(month, type));
    }

    [Theory]
    [InlineData("CHECKSUM.txt")]
    [InlineData("discogs_20201306_artists.xml.gz")]
    [InlineData("discogs_2020080_artists.xml.gz")]
    [InlineData("discogs_20200806_artists.xml")]
    [InlineData("discogs_20200806_tracks.xml.gz")]
    [InlineData("musicbrainz_20200806_artists.xml.gz")]
    public void TryParse_OtherNames_AreRejected(string name)
    {
        Assert.False(DumpFileName.TryParse(name, out _, out _));
    }

    [Fact]
    public void CompareTo_Versions_OrderByDate()
    {
        Assert.True(DumpMonth.Parse("20260101").CompareTo(DumpMonth.Parse("20251201")) > 0);
        Assert.Throws<FormatException>(() => DumpMonth.Parse("2026-01-01"));
    }
}
