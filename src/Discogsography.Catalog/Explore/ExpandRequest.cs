namespace Discogsography.Catalog.Explore;

/// <summary>
/// One page of a category's neighbours. Orderings (each ends with a unique tie-breaker, so pages are stable):
/// releases by year descending with unknown years last, then id; artists and labels by release count descending,
/// then id; genres and styles by release count descending, then name (ordinal); aliases by id.
/// </summary>
/// <param name="Category">The category to expand.</param>
/// <param name="First">The page size, 1..<see cref="ExploreLimits.MaxExpandFirst"/>.</param>
/// <param name="After">The cursor of the last item of the previous page, or null for the first page.</param>
/// <param name="BeforeYear">
/// When set (1900..2030), only releases with a known year ≤ this take part (in the list and in release counts);
/// ignored for aliases.
/// </param>
public sealed record ExpandRequest(ExploreCategory Category, int First = ExploreLimits.DefaultExpandFirst, string? After = null, int? BeforeYear = null);
