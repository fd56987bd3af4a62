namespace Discogsography.Catalog.Explore;

/// <summary>
/// A genre of the genre tree with its release count and the styles co-tagged on its releases (by co-occurrence
/// release count descending, then name).
/// </summary>
/// <param name="Genre">The genre's name.</param>
/// <param name="ReleaseCount">Distinct releases tagged with it.</param>
/// <param name="Styles">Co-tagged styles with the number of releases carrying both.</param>
public sealed record GenreTreeEntry(string Genre, long ReleaseCount, IReadOnlyList<NameCount> Styles);
