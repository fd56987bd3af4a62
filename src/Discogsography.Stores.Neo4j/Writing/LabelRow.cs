namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>A label node's properties.</summary>
internal sealed record LabelRow(long Id, string? Name, string Sha256);
