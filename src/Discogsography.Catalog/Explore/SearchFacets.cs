namespace Discogsography.Catalog.Explore;

/// <summary>
/// Counts over every hit of a search (the query and all its filters, not only the page): per kind, per genre (the
/// <see cref="ExploreLimits.GenreFacetSize"/> most frequent, over masters and releases, count descending then name)
/// and per decade (masters and releases of a known year, decade ascending).
/// </summary>
/// <param name="Kinds">Hits per kind, in <see cref="EntityKind"/> order, kinds without hits left out.</param>
/// <param name="Genres">Hits per genre.</param>
/// <param name="Decades">Hits per decade.</param>
public sealed record SearchFacets(IReadOnlyList<KindCount> Kinds, IReadOnlyList<NameCount> Genres, IReadOnlyList<DecadeCount> Decades)
{
    /// <summary>No hits.</summary>
    public static SearchFacets Empty { get; } = new([], [], []);
}
