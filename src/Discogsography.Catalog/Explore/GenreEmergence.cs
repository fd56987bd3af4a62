namespace Discogsography.Catalog.Explore;

/// <summary>Genres and styles whose first release year is at most a given year, each by first year then name (ordinal).</summary>
/// <param name="Genres">The genres.</param>
/// <param name="Styles">The styles.</param>
public sealed record GenreEmergence(IReadOnlyList<FirstAppearance> Genres, IReadOnlyList<FirstAppearance> Styles);
