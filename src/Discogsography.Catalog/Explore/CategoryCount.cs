namespace Discogsography.Catalog.Explore;

/// <summary>One category around an explored node and how many neighbours it holds.</summary>
/// <param name="Category">The category.</param>
/// <param name="Count">How many neighbours (precomputed for genres, styles and labels when available; no year filter).</param>
public sealed record CategoryCount(ExploreCategory Category, long Count)
{
    /// <summary>The category's key, e.g. <c>releases</c>.</summary>
    public string Key => ExploreCategories.Key(Category);

    /// <summary>The category's label, e.g. <c>Aliases &amp; Members</c>.</summary>
    public string Label => ExploreCategories.Label(Category);
}
