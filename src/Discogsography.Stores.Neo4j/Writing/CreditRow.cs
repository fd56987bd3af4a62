namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>
/// One credit of a release: a person (keyed <c>artist:&lt;id&gt;</c> when the credit names a Discogs artist, else
/// <c>name:&lt;name&gt;</c>), the raw role and its category.
/// </summary>
internal sealed record CreditRow(long ReleaseId, string PersonKey, string Name, long? ArtistId, string Role, string Category);
