namespace Discogsography.Server.Explore;

/// <summary>A <c>Path</c>.</summary>
internal sealed record PathValue(bool Found, int? Length, IReadOnlyList<PathStepValue> Steps);
