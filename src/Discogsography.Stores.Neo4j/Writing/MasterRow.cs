namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>A master node's properties.</summary>
internal sealed record MasterRow(long Id, string? Title, int? Year, string Sha256);
