namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>Precomputed counts of a style (post-import). Table <c>style_stats</c>.</summary>
public sealed class StyleStatsRow
{
    /// <summary>The style.</summary>
    public int StyleId { get; init; }

    /// <summary>Releases tagged with it.</summary>
    public long ReleaseCount { get; init; }

    /// <summary>Distinct artists of those releases.</summary>
    public long ArtistCount { get; init; }

    /// <summary>Distinct labels of those releases.</summary>
    public long LabelCount { get; init; }

    /// <summary>Distinct genres on those releases.</summary>
    public long GenreCount { get; init; }

    /// <summary>The earliest known year of those releases.</summary>
    public int? FirstYear { get; init; }

    /// <summary>When the counts were computed.</summary>
    public DateTimeOffset ComputedAt { get; init; }
}
