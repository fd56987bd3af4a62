using Discogsography.Pipeline.Extraction.Discovery;

namespace Discogsography.Pipeline.Tests.Extraction.Discovery;

public sealed class DumpVersionSelectorTests
{
    [Fact]
    public void SelectNewestComplete_NewerMonthIncomplete_PicksTheNewestCompleteOne()
    {
        var files = Month("20260201", "artists", "labels", "masters", "CHECKSUM")
            .Concat(Month("20260101", "artists", "labels", "masters", "releases", "CHECKSUM"))
            .Concat(Month("20251201", "artists", "labels", "masters", "releases", "CHECKSUM"));

        var dump = DumpVersionSelector.SelectNewestComplete(files, out var skipped);

        Assert.Equal("20260101", dump?.Month.Version);
        Assert.Equal(["20260201"], skipped.Select(m => m.Version));
        Assert.Equal([DumpFileType.Artists, DumpFileType.Labels, DumpFileType.Masters, DumpFileType.Releases], dump!.DataFiles.Select(f => f.Type));
        Assert.Equal("discogs_20260101_CHECKSUM.txt", dump.ChecksumFile.Name);
    }

    [Fact]
    public void SelectNewestComplete_MissingChecksumFile_MakesTheMonthIncomplete()
    {
        var files = Month("20260101", "artists", "labels", "masters", "releases");

        Assert.Null(DumpVersionSelector.SelectNewestComplete(files, out var skipped));
        Assert.Single(skipped);
    }

    [Fact]
    public void SelectNewestComplete_ExtraFileInAMonth_DoesNotDisqualifyIt()
    {
        var files = Month("20260101", "artists", "labels", "masters", "releases", "CHECKSUM")
            .Append(File("discogs_20260101_README.txt", DumpFileType.Checksum));

        Assert.Equal("20260101", DumpVersionSelector.SelectNewestComplete(files, out _)?.Month.Version);
    }

    private static IEnumerable<DumpFile> Month(string version, params string[] types) =>
        types.Select(type => type == "CHECKSUM"
            ? File($"discogs_{version}_CHECKSUM.txt", DumpFileType.Checksum)
            : File($"discogs_{version}_{type}.xml.gz", Enum.Parse<DumpFileType>(type, ignoreCase: true)));

    private static DumpFile File(string name, DumpFileType type) =>
        new() { Name = name, Type = type, Location = new Uri("https://data.discogs.com/?download=" + name) };
}
