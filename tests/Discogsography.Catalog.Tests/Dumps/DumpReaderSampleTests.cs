using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests.Dumps;

public sealed class DumpReaderSampleTests
{
    [Theory]
    [InlineData(DumpType.Artists)]
    [InlineData(DumpType.Labels)]
    [InlineData(DumpType.Masters)]
    [InlineData(DumpType.Releases)]
    public void Read_RealSample_ReadsAllThousandRecordsWithoutSkipping(DumpType type)
    {
        List<DumpRecord> records = SharedSample.ReadAll(type, out DumpReadReport report);

        Assert.Equal(1000, records.Count);
        Assert.Equal(0, report.Skipped);
        Assert.Empty(report.Problems);
        Assert.Equal(0, report.InvalidBytesReplaced);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (long)i), records.Select(r => r.Ordinal));
        Assert.All(records, r => Assert.Equal(type, r.Type));
    }

    [Fact]
    public void Read_RealRelease1_HasTitleYearLabelAndSixTracks()
    {
        DumpRecord record = SharedSample.ReadAll(DumpType.Releases, out _).First(r => r.Id == 1);
        using JsonDocument json = JsonDocument.Parse(record.Json);
        JsonElement release = json.RootElement;

        Assert.Equal("Stockholm", release.GetProperty("title").GetString());
        Assert.Equal("Accepted", release.GetProperty("status").GetString());
        Assert.Equal("1999-03-00", release.GetProperty("released").GetString());
        Assert.Equal(1999, release.GetProperty("year").GetInt32());
        Assert.Equal("Sweden", release.GetProperty("country").GetString());
        Assert.Equal(1660109, release.GetProperty("masterId").GetInt64());
        Assert.True(release.GetProperty("isMainRelease").GetBoolean());
        JsonElement label = Assert.Single(release.GetProperty("labels").EnumerateArray());
        Assert.Equal(5, label.GetProperty("id").GetInt64());
        Assert.Equal("Svek", label.GetProperty("name").GetString());
        Assert.Equal("SK032", label.GetProperty("catno").GetString());
        string[] positions = [.. release.GetProperty("tracklist").EnumerateArray().Select(t => t.GetProperty("position").GetString()!)];
        Assert.Equal(["A", "B1", "B2", "C1", "C2", "D"], positions);
        Assert.Equal("Östermalm", release.GetProperty("tracklist")[0].GetProperty("title").GetString());
        JsonElement format = Assert.Single(release.GetProperty("formats").EnumerateArray());
        Assert.Equal(2, format.GetProperty("qty").GetInt32());
        Assert.Equal(["12\"", "33 ⅓ RPM"], format.GetProperty("descriptions").EnumerateArray().Select(d => d.GetString()!));
        JsonElement credit = Assert.Single(release.GetProperty("extraArtists").EnumerateArray());
        Assert.Equal("Music By [All Tracks By]", credit.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, credit.GetProperty("anv").ValueKind);
    }
}
