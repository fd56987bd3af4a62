namespace Discogsography.Server.Explore;

/// <summary>An <c>Artist</c>: its Discogs id and, when a list gave it, its name.</summary>
internal sealed record ArtistEntity(long Id, string? KnownName);
