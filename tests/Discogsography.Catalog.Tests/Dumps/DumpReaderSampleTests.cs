using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Tests.Shared;

namespace Discogsography.Catalog.Tests.Dumps;

public sealed class DumpReaderSampleTests
{
    [SharedDataTheory]
    [InlineData(DumpType.Artists)]
    [InlineData(DumpType.Labels)]
    [InlineData(DumpType.Masters)]
    [InlineData(DumpType.Releases)]
    public void Read_RealSample_ReadsAllThousandRecordsWithoutSkipping(DumpType type)
    {
        List<DumpRecord> records = SharedData.ReadAll(type, out DumpReadReport report);

        Assert.Equal(1000, records.Count);
        Assert.Equal(0, report.Skipped);
        Assert.Empty(report.Problems);
        Assert.Equal(0, report.InvalidBytesReplaced);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (long)i), records.Select(r => r.Ordinal));
        Assert.All(records, r => Assert.Equal(type, r.Type));
    }

    [SharedDataFact]
    public void Read_RealRelease1_HasTitleYearLabelAndSixTracks()
    {
        DumpRecord record = SharedData.ReadAll(DumpType.Releases, out _).First(r => r.Id == 1);
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

    [SharedDataFact]
    public void Read_RealArtist1_HasRealNameAliasesAndVariations()
    {
        DumpRecord record = SharedData.ReadAll(DumpType.Artists, out _).First(r => r.Id == 1);
        using JsonDocument json = JsonDocument.Parse(record.Json);
        JsonElement artist = json.RootElement;

        Assert.Equal("The Persuader", artist.GetProperty("name").GetString());
        Assert.Equal("Jesper Dahlbäck", artist.GetProperty("realName").GetString());
        Assert.Equal(JsonValueKind.Null, artist.GetProperty("profile").ValueKind);
        Assert.Equal(["Persuader", "The Presuader"], artist.GetProperty("nameVariations").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal(7, artist.GetProperty("aliases").GetArrayLength());
        Assert.Equal(239, artist.GetProperty("aliases")[0].GetProperty("id").GetInt64());
        Assert.Equal(2, artist.GetProperty("images").GetArrayLength());
    }

    [SharedDataFact]
    public void Read_RealArtist2_HasMembersFromIdNamePairs()
    {
        DumpRecord record = SharedData.ReadAll(DumpType.Artists, out _).First(r => r.Id == 2);
        using JsonDocument json = JsonDocument.Parse(record.Json);

        Assert.Equal("Mr. James Barth & A.D.", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(
            [(26L, "Alexi Delano"), (27L, "Cari Lekebusch")],
            json.RootElement.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("id").GetInt64(), m.GetProperty("name").GetString()!)));
    }

    [SharedDataFact]
    public void Read_RealLabels_HaveContactInfoWithCarriageReturnsAndParentLabels()
    {
        List<DumpRecord> labels = SharedData.ReadAll(DumpType.Labels, out _);
        using JsonDocument planetE = JsonDocument.Parse(labels.First(r => r.Id == 1).Json);
        using JsonDocument svek = JsonDocument.Parse(labels.First(r => r.Id == 5).Json);

        Assert.Equal("Planet E", planetE.RootElement.GetProperty("name").GetString());
        Assert.StartsWith("Planet E Communications\r\nP.O. Box 27218\r\n", planetE.RootElement.GetProperty("contactInfo").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, planetE.RootElement.GetProperty("parentLabel").ValueKind);
        Assert.Equal(13, planetE.RootElement.GetProperty("urls").GetArrayLength());
        Assert.Equal("Svek", svek.RootElement.GetProperty("name").GetString());
        Assert.Equal(4711, svek.RootElement.GetProperty("parentLabel").GetProperty("id").GetInt64());
        Assert.Equal("Goldhead Music", svek.RootElement.GetProperty("parentLabel").GetProperty("name").GetString());
    }

    [SharedDataFact]
    public void Read_RealMaster113_HasYearMainReleaseGenresStylesAndVideos()
    {
        DumpRecord record = SharedData.ReadAll(DumpType.Masters, out _).First(r => r.Id == 113);
        using JsonDocument json = JsonDocument.Parse(record.Json);
        JsonElement master = json.RootElement;

        Assert.Equal("Moments In Time", master.GetProperty("title").GetString());
        Assert.Equal(2002, master.GetProperty("year").GetInt32());
        Assert.Equal(116925, master.GetProperty("mainRelease").GetInt64());
        Assert.Equal(3225, master.GetProperty("artists")[0].GetProperty("id").GetInt64());
        Assert.Equal(["Electronic"], master.GetProperty("genres").EnumerateArray().Select(g => g.GetString()!));
        Assert.Equal(["Techno", "Tech House"], master.GetProperty("styles").EnumerateArray().Select(g => g.GetString()!));
        JsonElement video = master.GetProperty("videos")[0];
        Assert.Equal("https://www.youtube.com/watch?v=dhbf58AU5ek", video.GetProperty("src").GetString());
        Assert.Equal(321, video.GetProperty("duration").GetInt32());
        Assert.Contains("Out of the Deep · Vince Watson", video.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Read_RealSampleTwice_GivesTheSameHashes()
    {
        List<DumpRecord> first = SharedData.ReadAll(DumpType.Releases, out _);
        List<DumpRecord> second = SharedData.ReadAll(DumpType.Releases, out _, DumpReaderOptions.Default with { DecompressOnSeparateThread = false });

        Assert.Equal(first.Select(r => r.Sha256), second.Select(r => r.Sha256));
        Assert.Equal(1000, first.Select(r => r.Sha256).Distinct().Count());
    }
}
