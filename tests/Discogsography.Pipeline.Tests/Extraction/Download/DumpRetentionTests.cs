using Discogsography.Pipeline.Extraction.Download;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class DumpRetentionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("discogsography-retention-").FullName;

    public DumpRetentionTests()
    {
        foreach (var version in new[] { "20200601", "20200701", "20200806" })
        {
            Touch($"discogs_{version}_artists.xml.gz");
            Touch($"discogs_{version}_CHECKSUM.txt");
        }

        Touch("discogs_20200501_releases.xml.gz.partial");
        Touch("notes.txt");
    }

    [Fact]
    public void Apply_TwoMonthsKept_DeletesOlderMonthsIncludingPartialFiles()
    {
        var deleted = Retention(2).Apply(new HashSet<string>());

        Assert.Equal(
            ["discogs_20200501_releases.xml.gz.partial", "discogs_20200601_CHECKSUM.txt", "discogs_20200601_artists.xml.gz"],
            deleted);
        Assert.Equal(
            ["discogs_20200701_CHECKSUM.txt", "discogs_20200701_artists.xml.gz", "discogs_20200806_CHECKSUM.txt", "discogs_20200806_artists.xml.gz", "notes.txt"],
            Remaining());
    }

    [Fact]
    public void Apply_MonthInUse_IsSpared()
    {
        var deleted = Retention(1).Apply(new HashSet<string> { "2020-06" });

        Assert.Equal(["discogs_20200501_releases.xml.gz.partial", "discogs_20200701_CHECKSUM.txt", "discogs_20200701_artists.xml.gz"], deleted);
        Assert.Contains("discogs_20200601_artists.xml.gz", Remaining());
    }

    [Fact]
    public void Apply_ZeroMonths_KeepsEverything()
    {
        var deleted = Retention(0).Apply(new HashSet<string>());

        Assert.Empty(deleted);
        Assert.Equal(8, Remaining().Count);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DumpRetention Retention(int months) =>
        new(Options.Create(new DumpSourceOptions { Root = _root, RetentionMonths = months }), NullLogger<DumpRetention>.Instance);

    private List<string> Remaining() => [.. Directory.GetFiles(_root).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private void Touch(string name) => File.WriteAllText(Path.Combine(_root, name), name);
}
