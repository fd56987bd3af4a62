namespace Discogsography.Server.Explore;

/// <summary>A <c>Master</c>: its Discogs id and, when a list gave it, its title.</summary>
internal sealed record MasterEntity(long Id, string? KnownTitle);
