using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Samples;

/// <summary>A generated dump: four files, their CHECKSUM file and what each holds.</summary>
/// <param name="Version">The version in the file names, <c>YYYYMMDD</c>.</param>
/// <param name="ChecksumPath">The <c>discogs_YYYYMMDD_CHECKSUM.txt</c> file (sha256sum format).</param>
/// <param name="Files">The dump files, in the order artists, labels, masters, releases.</param>
public sealed record SampleDump(string Version, string ChecksumPath, IReadOnlyList<SampleDumpFile> Files)
{
    /// <summary>The file of one type.</summary>
    public SampleDumpFile this[DumpType type] => Files.First(f => f.Type == type);
}
