using System.Text.Json;
using Discogsography.Catalog.DataQuality;
using Discogsography.Catalog.Dumps;
using Discogsography.Tests.Shared;

namespace Discogsography.Catalog.Tests.DataQuality;

public sealed class DataQualityRuleSetTests
{
    private const string Rules = """
        {
          "rules": [
            { "name": "do-not-use", "types": ["artists", "labels"], "field": "profile", "condition": { "type": "contains", "value": "do not use" }, "action": "skip", "severity": "info" },
            { "name": "missing-name", "types": ["artists"], "field": "name", "condition": { "type": "required" }, "action": "flag", "severity": "error" },
            { "name": "released-out-of-range", "types": ["releases"], "field": "released", "condition": { "type": "range", "min": 1860, "max": "nextYear" }, "action": "flag" },
            { "name": "numeric-genre", "types": ["releases", "masters"], "field": "genres", "condition": { "type": "regex", "pattern": "^\\d+$" }, "action": "report", "severity": "error" },
            { "name": "track-credit-role", "types": ["releases"], "field": "tracklist.extraArtists.role", "condition": { "type": "enum", "values": ["Producer"] }, "action": "flag" }
          ]
        }
        """;

    private static readonly DumpReaderOptions s_clock2026 = DumpReaderOptions.Default with { Clock = new FixedClock(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public void Read_SkipRule_DropsTheRecordAndReportsIt()
    {
        var sink = new RecordingSink();
        DumpReaderOptions options = s_clock2026 with { DataQuality = DataQualityRuleSet.Parse(Rules), DataQualityReport = sink };

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(
            DumpType.Artists,
            "<artists><artist><id>1</id><name>Keep</name></artist><artist><id>2</id><name>Old</name><profile>[b]DO NOT USE[/b]</profile></artist></artists>",
            options);

        Assert.Equal([1L], records.Select(r => r.Id));
        Assert.Equal(1, report.SkippedByRules);
        Assert.Equal(0, report.Skipped);
        DataQualityFinding finding = Assert.Single(sink.Findings);
        Assert.Equal(("do-not-use", DataQualityAction.Skip, 2L, "[b]DO NOT USE[/b]"), (finding.Rule, finding.Action, finding.Id, finding.Value));
    }

    [Fact]
    public void Read_RequiredRule_FlagsButKeepsANamelessRecord()
    {
        var sink = new RecordingSink();
        DumpReaderOptions options = s_clock2026 with { DataQuality = DataQualityRuleSet.Parse(Rules), DataQualityReport = sink };

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Artists, "<artists><artist><id>3</id><name>  </name></artist></artists>", options);

        Assert.Single(records);
        Assert.Equal(1, report.Flagged);
        Assert.Equal("missing-name", Assert.Single(sink.Findings).Rule);
    }

    [Theory]
    [InlineData("1859", true)]
    [InlineData("0197", true)]
    [InlineData("2028-01-00", true)]
    [InlineData("2027", false)]
    [InlineData("1999-03-00", false)]
    [InlineData("?", false)]
    public void Read_RangeRule_UsesLeadingYearAndTheClock(string released, bool flagged)
    {
        var sink = new RecordingSink();
        DumpReaderOptions options = s_clock2026 with { DataQuality = DataQualityRuleSet.Parse(Rules), DataQualityReport = sink };

        InlineDump.Read(DumpType.Releases, $"<releases><release id=\"1\"><released>{released}</released></release></releases>", options);

        Assert.Equal(flagged, sink.Findings.Any(f => f.Rule == "released-out-of-range"));
    }

    [Fact]
    public void Read_ReportRule_CountsWithoutWritingAndPathsFanOutOverArrays()
    {
        var sink = new RecordingSink();
        DumpReaderOptions options = s_clock2026 with { DataQuality = DataQualityRuleSet.Parse(Rules), DataQualityReport = sink };

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(
            DumpType.Releases,
            "<releases><release id=\"1\"><genres><genre>Rock</genre><genre>1</genre></genres>" +
            "<tracklist><track><title>a</title></track><track><extraartists><artist><id>2</id><name>X</name><role>Remix</role></artist></extraartists></track></tracklist></release></releases>",
            options);

        Assert.Single(records);
        Assert.Equal(1, report.Flagged);
        DataQualityFinding finding = Assert.Single(sink.Findings);
        Assert.Equal(("track-credit-role", "Remix"), (finding.Rule, finding.Value));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"rules\":[{\"name\":\"x\",\"types\":[\"tracks\"],\"field\":\"a\",\"condition\":{\"type\":\"required\"}}]}")]
    [InlineData("{\"rules\":[{\"name\":\"x\",\"types\":[\"artists\"],\"field\":\"a\",\"condition\":{\"type\":\"sometimes\"}}]}")]
    [InlineData("{\"rules\":[{\"name\":\"x\",\"types\":[\"artists\"],\"field\":\"a\",\"condition\":{\"type\":\"required\"},\"action\":\"explode\"}]}")]
    [InlineData("{\"rules\":[{\"name\":\"x\",\"types\":[\"artists\"],\"field\":\"a\",\"condition\":{\"type\":\"range\",\"max\":\"soon\"}}]}")]
    [InlineData("not json")]
    public void Parse_InvalidRules_ThrowsFormatException(string json) => Assert.Throws<FormatException>(() => DataQualityRuleSet.Parse(json));

    [Fact]
    public void ReportWriter_WritesOneJsonLinePerFindingInTheMonthFile()
    {
        string directory = Path.Combine(Path.GetTempPath(), "dq-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var writer = new DataQualityReportWriter(directory, "20260101", new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))))
            {
                writer.Write(new DataQualityFinding(DumpType.Releases, 7, 6, "rule", DataQualityAction.Flag, "warning", "year", "197"));
                writer.Write(new DataQualityFinding(DumpType.Artists, 8, 0, "other", DataQualityAction.Skip, "error", "name", null));
            }

            string[] lines = File.ReadAllLines(Path.Combine(directory, "data-quality-20260101.jsonl"));
            Assert.Equal(2, lines.Length);
            using JsonDocument first = JsonDocument.Parse(lines[0]);
            Assert.Equal("releases", first.RootElement.GetProperty("type").GetString());
            Assert.Equal(7, first.RootElement.GetProperty("id").GetInt64());
            Assert.Equal("flag", first.RootElement.GetProperty("action").GetString());
            Assert.Equal("197", first.RootElement.GetProperty("value").GetString());
            Assert.Equal("2026-01-02T03:04:05+00:00", first.RootElement.GetProperty("timestamp").GetString());
            using JsonDocument second = JsonDocument.Parse(lines[1]);
            Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("value").ValueKind);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [SharedDataFact]
    public void Recommended_OnTheRealSample_SkipsDoNotUseArtistsAndKeepsTheRest()
    {
        var sink = new RecordingSink();
        DumpReaderOptions options = s_clock2026 with { DataQuality = DataQualityRuleSet.Recommended, DataQualityReport = sink };

        List<DumpRecord> records = SharedData.ReadAll(DumpType.Artists, out DumpReadReport report, options);

        Assert.Equal(8, DataQualityRuleSet.Recommended.Rules.Count);
        Assert.True(report.SkippedByRules > 0);
        Assert.Equal(1000, records.Count + report.SkippedByRules);
        Assert.All(sink.Findings.Where(f => f.Action == DataQualityAction.Skip), f => Assert.Equal("do-not-use-artist", f.Rule));
        Assert.DoesNotContain(records, r => System.Text.Encoding.UTF8.GetString(r.Json.Span).Contains("DO NOT USE", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class RecordingSink : IDataQualityReportSink
    {
        public List<DataQualityFinding> Findings { get; } = [];

        public void Write(DataQualityFinding finding) => Findings.Add(finding);
    }
}
