using System.IO.Compression;

namespace Discogsography.Catalog.Samples;

/// <summary>How big a synthetic dump to generate, and from which seed.</summary>
public sealed record SampleDumpOptions
{
    /// <summary>About how many releases; artists are about half of it, labels an eighth, masters a seventh.</summary>
    public int Scale { get; init; } = 1_000;

    /// <summary>The seed: the same seed and options always give the same bytes.</summary>
    public ulong Seed { get; init; } = 20_200_806;

    /// <summary>The dump version in file names, <c>YYYYMMDD</c>.</summary>
    public string Version { get; init; } = "20250101";

    /// <summary>One record in this many is deliberately malformed (at least one per file of two or more records).</summary>
    public int MalformedEvery { get; init; } = 4_000;

    /// <summary>At most this many malformed records per file, so the reader's default budget of 100 is never exceeded.</summary>
    public int MaxMalformedPerFile { get; init; } = 50;

    /// <summary>The gzip compression level.</summary>
    public CompressionLevel Compression { get; init; } = CompressionLevel.Optimal;

    /// <summary>Throws <see cref="ArgumentException"/> when a value cannot work.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Scale, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MalformedEvery, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxMalformedPerFile);
        if (Version.Length != 8 || !Version.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The version is a date written YYYYMMDD.", nameof(Version));
        }
    }
}
