namespace Discogsography.Server.Explore;

/// <summary>A <c>Label</c>: its Discogs id and, when a list gave it, its name.</summary>
internal sealed record LabelEntity(long Id, string? KnownName);
