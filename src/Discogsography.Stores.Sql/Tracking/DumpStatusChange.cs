namespace Discogsography.Stores.Sql.Tracking;

/// <summary>What to record together with a status move; unset members leave the row's values unchanged.</summary>
public sealed record DumpStatusChange
{
    /// <summary>Verified checksums per file name.</summary>
    public IReadOnlyDictionary<string, string>? Checksums { get; init; }

    /// <summary>Processing statistics.</summary>
    public IReadOnlyDictionary<string, long>? Statistics { get; init; }

    /// <summary>The failure's message (recorded on a move to failed).</summary>
    public string? Error { get; init; }
}
