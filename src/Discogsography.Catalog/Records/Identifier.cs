namespace Discogsography.Catalog.Records;

/// <summary>An <c>&lt;identifier&gt;</c> of a release: barcode, matrix/runout, rights society, ...</summary>
/// <param name="Type">The identifier type, e.g. <c>Barcode</c>.</param>
/// <param name="Description">What the value refers to, e.g. <c>A-Side Runout</c>.</param>
/// <param name="Value">The identifier itself.</param>
public sealed record Identifier(string? Type, string? Description, string? Value);
