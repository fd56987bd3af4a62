namespace Discogsography.Catalog.Explore;

/// <summary>An artist sharing releases of a known year with another artist (both credited as main artists).</summary>
/// <param name="Artist">The collaborator.</param>
/// <param name="ReleaseCount">How many distinct releases of a known year they share.</param>
/// <param name="FirstYear">The earliest year of those releases.</param>
/// <param name="LastYear">The latest year of those releases.</param>
/// <param name="YearlyCounts">Shared releases per year, ascending.</param>
public sealed record Collaborator(EntitySummary Artist, long ReleaseCount, int FirstYear, int LastYear, IReadOnlyList<YearCount> YearlyCounts);
