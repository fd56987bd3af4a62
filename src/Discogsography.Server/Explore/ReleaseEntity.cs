namespace Discogsography.Server.Explore;

/// <summary>A <c>Release</c>: its Discogs id and, when a list gave it, its title.</summary>
internal sealed record ReleaseEntity(long Id, string? KnownTitle);
