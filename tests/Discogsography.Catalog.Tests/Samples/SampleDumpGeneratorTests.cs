using System.Security.Cryptography;
using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Samples;

namespace Discogsography.Catalog.Tests.Samples;

public sealed class SampleDumpGeneratorTests : IDisposable
{
    private static readonly SampleDumpOptions s_options = new() { Scale = 2_000, MalformedEvery = 300 };
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sample-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Generate_SameOptionsTwice_GivesIdenticalBytes_OtherSeedDiffers()
    {
        SampleDump first = SampleDumpGenerator.Generate(Path.Combine(_root, "a"), s_options, CancellationToken.None);
        SampleDump second = SampleDumpGenerator.Generate(Path.Combine(_root, "b"), s_options, CancellationToken.None);
        SampleDump other = SampleDumpGenerator.Generate(Path.Combine(_root, "c"), s_options with { Seed = 7 }, CancellationToken.None);

        Assert.Equal(first.Files.Select(f => f.Sha256), second.Files.Select(f => f.Sha256));
        Assert.Equal(File.ReadAllBytes(first.ChecksumPath), File.ReadAllBytes(second.ChecksumPath));
        Assert.All(first.Files.Zip(other.Files), pair => Assert.NotEqual(pair.First.Sha256, pair.Second.Sha256));
    }

    [Fact]
    public void Generate_ChecksumFile_VerifiesEveryFile()
    {
        SampleDump dump = SampleDumpGenerator.Generate(_root, s_options, CancellationToken.None);

        string[] lines = File.ReadAllLines(dump.ChecksumPath);
        Assert.Equal(4, lines.Length);
        foreach (string line in lines)
        {
            string[] parts = line.Split("  ");
            using FileStream file = File.OpenRead(Path.Combine(_root, parts[1]));
            Assert.Equal(parts[0], Convert.ToHexStringLower(SHA256.HashData(file)));
        }

        Assert.Equal(
            ["discogs_20250101_artists.xml.gz", "discogs_20250101_labels.xml.gz", "discogs_20250101_masters.xml.gz", "discogs_20250101_releases.xml.gz"],
            lines.Select(l => l.Split("  ")[1]));
    }

    [Fact]
    public void Generate_Output_ParsesWithExactlyTheDeliberateFaults()
    {
        SampleDump dump = SampleDumpGenerator.Generate(_root, s_options, CancellationToken.None);

        foreach (SampleDumpFile file in dump.Files)
        {
            var report = new DumpReadReport();
            using FileStream stream = File.OpenRead(file.Path);
            List<DumpRecord> records = [.. DumpReader.Read(stream, file.Type, DumpReaderOptions.Default, report, CancellationToken.None)];

            Assert.True(file.Malformed > 0, $"{file.Type} has no malformed record");
            Assert.Equal(file.Malformed, report.Skipped);
            Assert.Equal(file.ExpectedRecords, records.Count);
            Assert.Equal(file.InvalidUtf8Bytes, report.InvalidBytesReplaced);
            Assert.Equal(file.XmlBytes, report.XmlBytes);
            Assert.Equal(file.RecordElements, records[^1].Ordinal + 1);
            Assert.Equal(records.Count, records.Select(r => r.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Generate_Scale_GivesProportionalCountsAndRealisticReleaseSizes()
    {
        SampleDump dump = SampleDumpGenerator.Generate(_root, s_options, CancellationToken.None);

        Assert.Equal(1_000, dump[DumpType.Artists].RecordElements);
        Assert.Equal(250, dump[DumpType.Labels].RecordElements);
        Assert.Equal(285, dump[DumpType.Masters].RecordElements);
        Assert.Equal(2_000, dump[DumpType.Releases].RecordElements);
        double averageRelease = (double)dump[DumpType.Releases].XmlBytes / dump[DumpType.Releases].RecordElements;
        Assert.InRange(averageRelease, 2_000, 4_000);
    }

    [Fact]
    public void Generate_Ids_AgreeAcrossFiles()
    {
        SampleDump dump = SampleDumpGenerator.Generate(_root, s_options, CancellationToken.None);
        Dictionary<long, JsonElement> artists = ReadAll(dump[DumpType.Artists]);
        Dictionary<long, JsonElement> labels = ReadAll(dump[DumpType.Labels]);
        Dictionary<long, JsonElement> masters = ReadAll(dump[DumpType.Masters]);
        Dictionary<long, JsonElement> releases = ReadAll(dump[DumpType.Releases]);

        foreach (JsonElement release in releases.Values)
        {
            foreach (JsonElement artist in release.GetProperty("artists").EnumerateArray().Where(a => a.GetProperty("id").ValueKind == JsonValueKind.Number))
            {
                if (artists.TryGetValue(artist.GetProperty("id").GetInt64(), out JsonElement known))
                {
                    Assert.Equal(known.GetProperty("name").GetString(), artist.GetProperty("name").GetString());
                }
            }

            foreach (JsonElement label in release.GetProperty("labels").EnumerateArray())
            {
                Assert.InRange(label.GetProperty("id").GetInt64(), 1, 250);
            }

            if (release.GetProperty("masterId").ValueKind == JsonValueKind.Number)
            {
                Assert.InRange(release.GetProperty("masterId").GetInt64(), 1, 285);
            }
        }

        foreach (JsonElement master in masters.Values)
        {
            long main = master.GetProperty("mainRelease").GetInt64();
            if (releases.TryGetValue(main, out JsonElement release))
            {
                Assert.Equal(master.GetProperty("id").GetInt64(), release.GetProperty("masterId").GetInt64());
                Assert.True(release.GetProperty("isMainRelease").GetBoolean());
            }
        }

        foreach (JsonElement label in labels.Values.Where(l => l.GetProperty("parentLabel").ValueKind == JsonValueKind.Object))
        {
            long parent = label.GetProperty("parentLabel").GetProperty("id").GetInt64();
            if (labels.TryGetValue(parent, out JsonElement parentLabel))
            {
                Assert.Contains(label.GetProperty("id").GetInt64(), parentLabel.GetProperty("sublabels").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()));
            }
        }
    }

    private static Dictionary<long, JsonElement> ReadAll(SampleDumpFile file)
    {
        using FileStream stream = File.OpenRead(file.Path);
        return DumpReader.Read(stream, file.Type, DumpReaderOptions.Default, new DumpReadReport(), CancellationToken.None)
            .ToDictionary(r => r.Id, r => JsonDocument.Parse(r.Json).RootElement.Clone());
    }
}
