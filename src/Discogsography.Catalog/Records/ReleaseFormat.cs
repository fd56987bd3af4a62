namespace Discogsography.Catalog.Records;

/// <summary>A <c>&lt;format&gt;</c> of a release.</summary>
/// <param name="Name">Format name, e.g. <c>Vinyl</c>, <c>CD</c>.</param>
/// <param name="Quantity">How many items of this format (<c>qty</c>); null when absent or not a number.</param>
/// <param name="Text">Free text describing the format.</param>
/// <param name="Descriptions">Descriptions such as <c>LP</c>, <c>Album</c>, <c>12"</c>.</param>
public sealed record ReleaseFormat(string? Name, int? Quantity, string? Text, IReadOnlyList<string> Descriptions);
