namespace Discogsography.Server.Explore;

/// <summary>A <c>YearRange</c>.</summary>
internal sealed record YearRangeValue(int? Min, int? Max);
