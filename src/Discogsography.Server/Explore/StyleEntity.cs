namespace Discogsography.Server.Explore;

/// <summary>A <c>Style</c>, keyed by its name.</summary>
internal sealed record StyleEntity(string Name);
