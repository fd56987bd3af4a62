namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>
/// The state marker of one dump file: how far publishing got, counted in confirmed records. Every record with
/// an ordinal up to <see cref="LastConfirmedOrdinal"/> is in a batch the broker confirmed. The file's size, time
/// and checksum identify it: a marker of a different file is discarded.
/// </summary>
internal sealed record PublishMarker
{
    /// <summary>The dump file name.</summary>
    public required string File { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public required long Size { get; init; }

    /// <summary>The file's last write time (UTC).</summary>
    public required DateTimeOffset LastWriteUtc { get; init; }

    /// <summary>The published checksum of the file (from <c>CHECKSUM.txt</c>), when known.</summary>
    public string? PublishedSha256 { get; init; }

    /// <summary>Where publishing stands.</summary>
    public required PublishStatus Status { get; init; }

    /// <summary>Ordinal of the last record covered by confirmed batches; -1 before the first.</summary>
    public long LastConfirmedOrdinal { get; init; } = -1;

    /// <summary>Records confirmed so far, over every run.</summary>
    public long RecordsPublished { get; init; }

    /// <summary>Data messages confirmed so far, over every run.</summary>
    public long BatchesConfirmed { get; init; }

    /// <summary>When publishing of the file first started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the marker was last written.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When <c>file_complete</c> was confirmed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Records the reader produced from the whole file (set on completion).</summary>
    public long? TotalRecords { get; init; }

    /// <summary>SHA-256 of the bytes read (set on completion).</summary>
    public string? FileSha256 { get; init; }

    /// <summary>The last failure, if the last run failed.</summary>
    public string? Error { get; init; }

    /// <summary>A fresh marker for a file.</summary>
    public static PublishMarker Start(FileInfo file, string? publishedSha256, DateTimeOffset now) => new()
    {
        File = file.Name,
        Size = file.Length,
        LastWriteUtc = file.LastWriteTimeUtc,
        PublishedSha256 = publishedSha256,
        Status = PublishStatus.Pending,
        StartedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Whether this marker describes <paramref name="file"/>: same size, and same checksum when both are known, otherwise same write time.</summary>
    public bool Describes(FileInfo file, string? publishedSha256) =>
        File == file.Name && Size == file.Length
        && (publishedSha256 is not null && PublishedSha256 is not null
            ? string.Equals(publishedSha256, PublishedSha256, StringComparison.OrdinalIgnoreCase)
            : LastWriteUtc == new DateTimeOffset(file.LastWriteTimeUtc));
}
