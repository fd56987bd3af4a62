namespace Discogsography.Catalog.Explore;

/// <summary>A name (genre, style) with a count of releases.</summary>
/// <param name="Name">The name.</param>
/// <param name="Count">The number of releases.</param>
public sealed record NameCount(string Name, long Count);
