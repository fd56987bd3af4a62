namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>A credited person who is a Discogs artist.</summary>
internal sealed record CreditArtistRow(string PersonKey, long ArtistId);
