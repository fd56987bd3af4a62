using Discogsography.Pipeline.Extraction.Discovery;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>A dump whose four data files are on local disk.</summary>
public sealed record DownloadedDump
{
    /// <summary>The dump's month.</summary>
    public required DumpMonth Month { get; init; }

    /// <summary>The four data files, in <see cref="DumpFileType"/> order.</summary>
    public required IReadOnlyList<DownloadedFile> Files { get; init; }

    /// <summary>SHA-256 per file name, as computed (what tracking records).</summary>
    public IReadOnlyDictionary<string, string> Checksums => Files.ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
}
