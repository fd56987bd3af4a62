namespace Discogsography.Server.Explore;

/// <summary>A <c>Genre</c>, keyed by its name.</summary>
internal sealed record GenreEntity(string Name);
