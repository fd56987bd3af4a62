namespace Discogsography.Catalog.Explore;

/// <summary>Finding nodes by name: suggestions while typing and full-text search with facets.</summary>
public interface ISearchReader
{
    /// <summary>
    /// Suggestions whose folded name matches every folded query word as a word prefix, ranked and ordered by
    /// <see cref="AutocompleteScoring"/> (exact and prefix matches first), at most <see cref="AutocompleteRequest.First"/>.
    /// </summary>
    /// <exception cref="ExploreArgumentException">QUERY_TOO_SHORT or FIRST_OUT_OF_RANGE.</exception>
    Task<IReadOnlyList<AutocompleteHit>> AutocompleteAsync(AutocompleteRequest request, CancellationToken cancellationToken);

    /// <summary>One page of search hits with facets (see <see cref="SearchRequest"/>).</summary>
    /// <exception cref="ExploreArgumentException">QUERY_TOO_SHORT, FIRST_OUT_OF_RANGE, YEAR_OUT_OF_RANGE or INVALID_CURSOR.</exception>
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
