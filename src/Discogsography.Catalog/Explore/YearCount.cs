namespace Discogsography.Catalog.Explore;

/// <summary>How many (distinct) releases fall in one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Count">The number of releases.</param>
public sealed record YearCount(int Year, long Count);
