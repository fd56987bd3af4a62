namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>An artist node's properties.</summary>
internal sealed record ArtistRow(long Id, string? Name, string Sha256);
