namespace Discogsography.Catalog.Explore;

/// <summary>Whole-graph views: the year range, genre emergence, the genre tree and an artist's collaborators.</summary>
public interface IGraphOverviewReader
{
    /// <summary>The earliest and latest known release years (clamped, see <see cref="YearRange"/>).</summary>
    Task<YearRange> GetYearRangeAsync(CancellationToken cancellationToken);

    /// <summary>Genres and styles first seen in or before <paramref name="beforeYear"/> (1900..2030).</summary>
    /// <exception cref="ExploreArgumentException">BEFORE_YEAR_OUT_OF_RANGE.</exception>
    Task<GenreEmergence> GetGenreEmergenceAsync(int beforeYear, CancellationToken cancellationToken);

    /// <summary>
    /// Every genre (release count descending, then name) with at most <paramref name="maxStylesPerGenre"/>
    /// (1..<see cref="ExploreLimits.MaxGenreTreeStyles"/>) co-tagged styles.
    /// </summary>
    /// <exception cref="ExploreArgumentException">ARGUMENT_OUT_OF_RANGE.</exception>
    Task<IReadOnlyList<GenreTreeEntry>> GetGenreTreeAsync(int maxStylesPerGenre, CancellationToken cancellationToken);

    /// <summary>
    /// The first <paramref name="first"/> (1..<see cref="ExploreLimits.MaxCollaboratorsFirst"/>) collaborators of an
    /// artist, or null when there is no such artist.
    /// </summary>
    /// <exception cref="ExploreArgumentException">FIRST_OUT_OF_RANGE.</exception>
    Task<CollaboratorsResult?> GetCollaboratorsAsync(long artistId, int first, CancellationToken cancellationToken);
}
