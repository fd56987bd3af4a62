namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>A release node's properties.</summary>
internal sealed record ReleaseRow(long Id, string? Title, int? Year, string? Country, IReadOnlyList<string> Formats, string? CatalogNumber, string Sha256);
