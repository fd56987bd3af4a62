namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A track of a release, in document order with sub-tracks flattened (owned by the release). Table <c>tracks</c>.</summary>
public sealed class TrackRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>0-based position in the flattened tracklist.</summary>
    public short Ordinal { get; init; }

    /// <summary>The index track's ordinal for a sub-track, else null.</summary>
    public short? ParentOrdinal { get; init; }

    /// <summary>The position as printed, e.g. <c>A1</c>.</summary>
    public string? Position { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The duration as printed.</summary>
    public string? Duration { get; init; }
}
