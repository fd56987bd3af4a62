namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>Precomputed counts of a label (post-import). Table <c>label_stats</c>.</summary>
public sealed class LabelStatsRow
{
    /// <summary>The label.</summary>
    public long LabelId { get; init; }

    /// <summary>Distinct releases on it.</summary>
    public long ReleaseCount { get; init; }

    /// <summary>Distinct artists of those releases.</summary>
    public long ArtistCount { get; init; }

    /// <summary>Distinct genres of those releases.</summary>
    public long GenreCount { get; init; }

    /// <summary>When the counts were computed.</summary>
    public DateTimeOffset ComputedAt { get; init; }
}
