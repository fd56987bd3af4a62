namespace Discogsography.Catalog.Explore;

/// <summary>A page of search hits with the facets of the whole result.</summary>
/// <param name="Hits">The page (its total is the exact number of hits).</param>
/// <param name="Facets">The facets.</param>
public sealed record SearchResult(Page<SearchHit> Hits, SearchFacets Facets);
