namespace Discogsography.Stores.Sql.Catalog.Entities;

/// <summary>A genre of a release. Table <c>release_genres</c>.</summary>
public sealed class ReleaseGenreRow
{
    /// <summary>The release.</summary>
    public long ReleaseId { get; init; }

    /// <summary>The genre.</summary>
    public int GenreId { get; init; }

    /// <summary>The release's year (copied for trends).</summary>
    public int? Year { get; init; }
}
