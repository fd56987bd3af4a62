namespace Discogsography.Server.Explore;

/// <summary>A <c>FacetCount</c>.</summary>
internal sealed record FacetCount(string Value, int Count);
