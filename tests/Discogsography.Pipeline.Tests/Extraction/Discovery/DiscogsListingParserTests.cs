using Discogsography.Pipeline.Extraction.Discovery;

namespace Discogsography.Pipeline.Tests.Extraction.Discovery;

public sealed class DiscogsListingParserTests
{
    [Fact]
    public void ReadYears_RootPage_ReturnsYearFoldersNewestFirst()
    {
        const string html = """
            <a href="?prefix=data%2F2008%2F">2008</a>
            <a href='?prefix=data%2F2026%2F'>2026</a>
            <a href="https://data.discogs.com/?prefix=data%2F2025%2F">2025</a>
            <a href="?prefix=data%2F2026%2F">again</a>
            <a href="?prefix=other%2F2030%2F">other</a>
            """;

        Assert.Equal([2026, 2025, 2008], DiscogsListingParser.ReadYears(html));
    }

    [Fact]
    public void ReadFileNames_YearPage_ReturnsDecodedNamesOfThatYearOnly()
    {
        const string html = """
            <a href="?download=data%2F2026%2Fdiscogs_20260101_artists.xml.gz">artists</a>
            <a href="?download=data%2F2026%2Fdiscogs_20260101_CHECKSUM.txt">checksum</a>
            <a href="?download=data%2F2025%2Fdiscogs_20251201_artists.xml.gz">wrong year</a>
            <a href="?download=data%2F2026%2Fnested%2Fdiscogs_20260101_labels.xml.gz">nested</a>
            <a href="?prefix=data%2F">up</a>
            """;

        Assert.Equal(["discogs_20260101_artists.xml.gz", "discogs_20260101_CHECKSUM.txt"], DiscogsListingParser.ReadFileNames(html, 2026));
    }

    [Fact]
    public void DownloadAddress_FileOfAYear_IsTheEncodedDownloadQuery()
    {
        var address = DiscogsListingParser.DownloadAddress(new Uri("https://data.discogs.com/"), 2026, "discogs_20260101_artists.xml.gz");

        Assert.Equal("https://data.discogs.com/?download=data%2F2026%2Fdiscogs_20260101_artists.xml.gz", address.AbsoluteUri);
        Assert.Equal("https://data.discogs.com/?prefix=data%2F2026%2F", DiscogsListingParser.YearPage(new Uri("https://data.discogs.com/"), 2026).AbsoluteUri);
    }
}
