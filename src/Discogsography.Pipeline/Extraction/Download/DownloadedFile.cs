using Discogsography.Pipeline.Extraction.Discovery;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>A data file of a dump on local disk, ready for processing.</summary>
public sealed record DownloadedFile
{
    /// <summary>The file name, e.g. <c>discogs_20200806_artists.xml.gz</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the file holds.</summary>
    public required DumpFileType Type { get; init; }

    /// <summary>Its full path on disk.</summary>
    public required string Path { get; init; }

    /// <summary>Its SHA-256 (lower-case hex) as computed from the bytes on disk.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Its size in bytes.</summary>
    public required long Length { get; init; }

    /// <summary>Whether the hash matched the CHECKSUM file (false only when unverified files are allowed).</summary>
    public required bool IsVerified { get; init; }
}
