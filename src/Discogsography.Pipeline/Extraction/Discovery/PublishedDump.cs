namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>A complete monthly dump as a source offers it: four data files and the checksum file.</summary>
public sealed record PublishedDump
{
    /// <summary>The dump's month.</summary>
    public required DumpMonth Month { get; init; }

    /// <summary>The four data files, in <see cref="DumpFileType"/> order.</summary>
    public required IReadOnlyList<DumpFile> DataFiles { get; init; }

    /// <summary>The CHECKSUM file listing the data files' SHA-256.</summary>
    public required DumpFile ChecksumFile { get; init; }
}
