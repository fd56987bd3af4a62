namespace Discogsography.Stores.Sql.Tracking;

/// <summary>One row of <c>dump_processing</c>: the state of one monthly dump.</summary>
public sealed record DumpProcessingRecord
{
    /// <summary>The dump's month, e.g. <c>2020-08</c>; unique.</summary>
    public required string YearMonth { get; init; }

    /// <summary>The dump's version as Discogs names it (<c>YYYYMMDD</c>).</summary>
    public required string DumpVersion { get; init; }

    /// <summary>Where the dump stands.</summary>
    public required DumpStatus Status { get; init; }

    /// <summary>Verified SHA-256 (lower-case hex) per file name.</summary>
    public required IReadOnlyDictionary<string, string> Checksums { get; init; }

    /// <summary>Processing statistics (e.g. records per type) as the processor reported them.</summary>
    public required IReadOnlyDictionary<string, long> Statistics { get; init; }

    /// <summary>How many times a failed dump was retried.</summary>
    public required int RetryCount { get; init; }

    /// <summary>The error of the last failure; cleared on completion.</summary>
    public string? LastError { get; init; }

    /// <summary>When the row was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the row last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the current (or last) run started downloading or processing.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When processing completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
