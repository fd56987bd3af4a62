namespace Discogsography.Catalog.Explore;

/// <summary>A count of search hits of one kind.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Count">The number of hits.</param>
public sealed record KindCount(EntityKind Kind, long Count);
