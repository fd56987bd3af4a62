namespace Discogsography.Server.Explore;

/// <summary>The <c>SearchFacets</c>.</summary>
internal sealed record SearchFacetsValue(IReadOnlyList<FacetCount> Types, IReadOnlyList<FacetCount> Genres, IReadOnlyList<FacetCount> Decades);
