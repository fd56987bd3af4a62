namespace Discogsography.Stores.Neo4j.Writing;

// The parameter rows the write statements UNWIND. The client serialises them with snake_case names
// (MasterId → master_id), which is how the statements read them (row.id, link.source, credit.person_key).

/// <summary>An edge between two Discogs entities: <c>source</c> is the record that lists <c>target</c>.</summary>
internal sealed record LinkRow(long Source, long Target);

/// <summary>An edge from a record to a genre or style by name.</summary>
internal sealed record NameLinkRow(long Source, string Name);

/// <summary>A style that belongs to a genre.</summary>
internal sealed record StyleGenreRow(string Style, string Genre);

/// <summary>An artist node's properties.</summary>
internal sealed record ArtistRow(long Id, string? Name, string Sha256);

/// <summary>A label node's properties.</summary>
internal sealed record LabelRow(long Id, string? Name, string Sha256);

/// <summary>A master node's properties.</summary>
internal sealed record MasterRow(long Id, string? Title, int? Year, string Sha256);

/// <summary>A release node's properties.</summary>
internal sealed record ReleaseRow(long Id, string? Title, int? Year, string? Country, IReadOnlyList<string> Formats, string? CatalogNumber, string Sha256);

/// <summary>
/// One credit of a release: a person (keyed <c>artist:&lt;id&gt;</c> when the credit names a Discogs artist, else
/// <c>name:&lt;name&gt;</c>), the raw role and its category.
/// </summary>
internal sealed record CreditRow(long ReleaseId, string PersonKey, string Name, long? ArtistId, string Role, string Category);

/// <summary>A credited person who is a Discogs artist.</summary>
internal sealed record CreditArtistRow(string PersonKey, long ArtistId);
