namespace Discogsography.Catalog.Explore;

/// <summary>
/// The earliest and latest known release years, each clamped into
/// <see cref="ExploreLimits.MinBeforeYear"/>..<see cref="ExploreLimits.MaxBeforeYear"/> so a slider matches
/// <c>beforeYear</c>'s range; both null when no release has a year.
/// </summary>
/// <param name="Min">The earliest year.</param>
/// <param name="Max">The latest year.</param>
public sealed record YearRange(int? Min, int? Max);
