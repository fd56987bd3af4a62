using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Hashing;

namespace Discogsography.Catalog.Tests.Dumps;

public sealed class DumpReaderTests
{
    [Theory]
    [InlineData("discogs_20200806_artists.xml.gz", DumpType.Artists)]
    [InlineData("/data/discogs_20260101_labels.xml.gz", DumpType.Labels)]
    [InlineData("discogs_20260101_masters.xml", DumpType.Masters)]
    [InlineData("discogs_20260101_releases.xml.gz", DumpType.Releases)]
    public void TypeFromFileName_DumpFileName_GivesItsType(string name, DumpType expected) =>
        Assert.Equal(expected, DumpReader.TypeFromFileName(name));

    [Theory]
    [InlineData("discogs_20260101_CHECKSUM.txt")]
    [InlineData("artists.xml.gz")]
    [InlineData("discogs_20260101_tracks.xml.gz")]
    public void TypeFromFileName_OtherName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => DumpReader.TypeFromFileName(name));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_GzipAndPlain_GiveTheSameRecords(bool separateThread)
    {
        byte[] xml = Encoding.UTF8.GetBytes("<masters>\n<master id=\"1\"><title>One</title></master>\n<master id=\"2\"><title>Two</title></master>\n</masters>\n");
        DumpReaderOptions options = DumpReaderOptions.Default with { DecompressOnSeparateThread = separateThread };

        (List<DumpRecord> plain, DumpReadReport plainReport) = InlineDump.Read(DumpType.Masters, xml, options);
        (List<DumpRecord> gzip, DumpReadReport gzipReport) = InlineDump.Read(DumpType.Masters, InlineDump.Gzip(xml), options);

        Assert.Equal(plain.Select(r => r.Sha256), gzip.Select(r => r.Sha256));
        Assert.Equal(2, gzip.Count);
        Assert.Equal(xml.Length, plainReport.XmlBytes);
        Assert.Equal(xml.Length, gzipReport.XmlBytes);
        Assert.Equal(xml.Length, plainReport.SourceBytes);
        Assert.Equal(2, gzipReport.Records);
    }

    [Fact]
    public void Read_Record_HashIsTheSha256OfItsJson()
    {
        (List<DumpRecord> records, _) = InlineDump.Read(DumpType.Masters, "<masters><master id=\"1\"><title>One</title></master></masters>");

        DumpRecord record = Assert.Single(records);
        Assert.Equal(ContentHash.Sha256Hex(record.Json.Span), record.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", record.Sha256);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var stream = new MemoryStream("<masters><master id=\"1\"/></masters>"u8.ToArray());

        Assert.Throws<OperationCanceledException>(() => DumpReader.Read(stream, DumpType.Masters, DumpReaderOptions.Default, new DumpReadReport(), cancellation.Token).ToList());
    }

    [Fact]
    public void Read_InvalidOptions_ThrowsBeforeReading() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DumpReader.Read(Stream.Null, DumpType.Artists, DumpReaderOptions.Default with { ErrorBudget = -1 }, new DumpReadReport(), CancellationToken.None));
}
