using System.Text;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests.Dumps;

public sealed class DumpReaderMalformedTests
{
    private static string Releases(params string[] records) => "<releases>\n" + string.Join("\n", records) + "\n</releases>\n";

    private static string Good(int id) => $"<release id=\"{id}\"><title>Good {id}</title></release>";

    [Theory]
    [InlineData("<release id=\"2\"><title>Bad</titel></release>", "closed by </titel>")]
    [InlineData("<release id=\"2\"><title>1 < 2</title></release>", "does not start a tag")]
    [InlineData("<release id=\"2\"><title>Unclosed</release>", "closed by </release>")]
    [InlineData("<release id=\"2\"><labels><label name=\"x\" id=5/></labels></release>", "not quoted")]
    [InlineData("<release id=\"abc\"><title>No id</title></release>", "no valid id")]
    [InlineData("<release id=\"2\"><title>Cut short</title>", "not closed before the next record")]
    public void Read_MalformedRecord_IsSkippedWithItsPositionAndReadingResumes(string bad, string expectedMessage)
    {
        string xml = Releases(Good(1), bad, Good(3));

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Releases, xml);

        Assert.Equal([1L, 3L], records.Select(r => r.Id));
        Assert.Equal([0L, 2L], records.Select(r => r.Ordinal));
        Assert.Equal(1, report.Skipped);
        DumpReadProblem problem = Assert.Single(report.Problems);
        Assert.Equal(1, problem.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(Releases(Good(1), "x")[..^"x\n</releases>\n".Length]), problem.Offset);
        Assert.Contains(expectedMessage, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordStartTagWithAnUnclosedQuote_SkipsOnlyThatRecord()
    {
        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Releases, Releases(Good(1), "<release id=\"2><title>x</title></release>", Good(3)));

        Assert.Equal([1L, 3L], records.Select(r => r.Id));
        Assert.Equal(1, Assert.Single(report.Problems).Ordinal);
    }

    [Fact]
    public void Read_StrayEndTagBetweenRecords_IsIgnored()
    {
        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Releases, Releases(Good(1), "</release>", Good(2)));

        Assert.Equal([1L, 2L], records.Select(r => r.Id));
        Assert.Equal(0, report.Skipped);
    }

    [Fact]
    public void Read_FileEndingInsideARecord_YieldsTheCompleteRecordsThenReportsTruncation()
    {
        var report = new DumpReadReport();
        var records = new List<DumpRecord>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<releases>\n" + Good(1) + "\n<release id=\"2\"><title>Cut"));

        DumpReadException error = Assert.Throws<DumpReadException>(() => records.AddRange(DumpReader.Read(stream, DumpType.Releases, DumpReaderOptions.Default, report, CancellationToken.None)));

        Assert.Equal([1L], records.Select(r => r.Id));
        Assert.Contains("ends inside the record", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_TruncatedGzip_ReportsTruncation(bool separateThread)
    {
        string xml = Releases([.. Enumerable.Range(1, 2000).Select(Good)]);
        byte[] gzip = InlineDump.Gzip(Encoding.UTF8.GetBytes(xml));
        var records = new List<DumpRecord>();
        using var stream = new MemoryStream(gzip[..(gzip.Length / 2)]);
        DumpReaderOptions options = DumpReaderOptions.Default with { DecompressOnSeparateThread = separateThread };

        Exception error = Record.Exception(() => records.AddRange(DumpReader.Read(stream, DumpType.Releases, options, new DumpReadReport(), CancellationToken.None)));

        Assert.True(error is DumpReadException or IOException, $"unexpected {error}");
        Assert.InRange(records.Count, 1, 1999);
    }

    [Fact]
    public void Read_UnclosedLabelFollowedByALineStartLabel_ResynchronisesThere()
    {
        string xml = "<labels>\n<label><id>1</id><name>Cut short<sublabels><label id=\"9\">Nested</label></sublabels>\n<label><id>2</id><name>Next</name></label>\n</labels>";

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Labels, xml);

        Assert.Equal([2L], records.Select(r => r.Id));
        Assert.Equal(1, report.Skipped);
    }

    [Fact]
    public void Read_MalformedRecordsWithinBudget_AreAllSkipped()
    {
        string[] records = [.. Enumerable.Range(1, 10).Select(i => i % 2 == 0 ? $"<release id=\"{i}\"><title>x</titel></release>" : Good(i))];

        (List<DumpRecord> read, DumpReadReport report) = InlineDump.Read(DumpType.Releases, Releases(records), DumpReaderOptions.Default with { ErrorBudget = 5 });

        Assert.Equal([1L, 3L, 5L, 7L, 9L], read.Select(r => r.Id));
        Assert.Equal(5, report.Skipped);
        Assert.Equal([1L, 3L, 5L, 7L, 9L], report.Problems.Select(p => p.Ordinal));
    }

    [Fact]
    public void Read_MalformedRecordsPastBudget_AbandonsTheFile()
    {
        string[] records = [.. Enumerable.Range(1, 10).Select(i => i % 2 == 0 ? $"<release id=\"{i}\"><title>x</titel></release>" : Good(i))];

        DumpReadException error = Assert.Throws<DumpReadException>(() => InlineDump.Read(DumpType.Releases, Releases(records), DumpReaderOptions.Default with { ErrorBudget = 4 }));

        Assert.Contains("budget of 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordLargerThanTheLimit_IsSkipped()
    {
        string big = $"<release id=\"2\"><notes>{new string('x', 5000)}</notes></release>";

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Releases, Releases(Good(1), big, Good(3)), DumpReaderOptions.Default with { MaxRecordBytes = 2048 });

        Assert.Equal([1L, 3L], records.Select(r => r.Id));
        Assert.Contains("larger than 2048", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }
}
