namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>Releases of a genre in one year (post-import). Table <c>genre_year_counts</c>.</summary>
public sealed class GenreYearCountRow
{
    /// <summary>The genre.</summary>
    public int GenreId { get; init; }

    /// <summary>The year.</summary>
    public int Year { get; init; }

    /// <summary>Releases.</summary>
    public long ReleaseCount { get; init; }
}
