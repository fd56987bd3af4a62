namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>Precomputed counts of a genre (post-import). Table <c>genre_stats</c>.</summary>
public sealed class GenreStatsRow
{
    /// <summary>The genre.</summary>
    public int GenreId { get; init; }

    /// <summary>Releases tagged with it.</summary>
    public long ReleaseCount { get; init; }

    /// <summary>Distinct artists of those releases.</summary>
    public long ArtistCount { get; init; }

    /// <summary>Distinct labels of those releases.</summary>
    public long LabelCount { get; init; }

    /// <summary>Distinct styles on those releases.</summary>
    public long StyleCount { get; init; }

    /// <summary>The earliest known year of those releases.</summary>
    public int? FirstYear { get; init; }

    /// <summary>When the counts were computed.</summary>
    public DateTimeOffset ComputedAt { get; init; }
}
