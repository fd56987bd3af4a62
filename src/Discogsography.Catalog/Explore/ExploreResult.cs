namespace Discogsography.Catalog.Explore;

/// <summary>An explored node with its categories in display order.</summary>
/// <param name="Center">The node.</param>
/// <param name="Categories">Its categories (<see cref="ExploreCategories.For"/> order) with counts.</param>
public sealed record ExploreResult(EntitySummary Center, IReadOnlyList<CategoryCount> Categories);
