namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>A snapshot of one file's download.</summary>
public sealed record DownloadProgress
{
    /// <summary>The file being downloaded.</summary>
    public required string FileName { get; init; }

    /// <summary>Bytes on disk so far, including a resumed part.</summary>
    public required long BytesReceived { get; init; }

    /// <summary>The file's full size when the server told it.</summary>
    public long? TotalBytes { get; init; }

    /// <summary>Average speed of this attempt, in bytes per second (0 before any time has passed).</summary>
    public required double BytesPerSecond { get; init; }

    /// <summary>Estimated time to completion, when size and speed are known.</summary>
    public TimeSpan? EstimatedRemaining { get; init; }

    /// <summary>Whether the file is complete.</summary>
    public required bool Completed { get; init; }

    /// <summary>Speed in MB/s (10^6 bytes).</summary>
    public double MegabytesPerSecond => BytesPerSecond / 1_000_000d;
}
