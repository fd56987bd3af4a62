namespace Discogsography.Catalog.Records;

/// <summary>An artist credited on a master, release or track (<c>&lt;artists&gt;</c> and <c>&lt;extraartists&gt;</c>).</summary>
/// <param name="Id">The artist's id, or null (the dumps write 0 for credits without an artist page).</param>
/// <param name="Name">The artist's name.</param>
/// <param name="Anv">The artist name variation used on this credit.</param>
/// <param name="Join">The text joining this artist to the next (<c>,</c>, <c>&amp;</c>, <c>Feat.</c>, ...).</param>
/// <param name="Role">The credit role (extra artists), e.g. <c>Producer</c>.</param>
/// <param name="Tracks">The tracks the credit covers, as written (e.g. <c>A1 to B2</c>).</param>
public sealed record ArtistCredit(long? Id, string? Name, string? Anv, string? Join, string? Role, string? Tracks);
