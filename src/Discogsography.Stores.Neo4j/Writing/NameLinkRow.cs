namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>An edge from a record to a genre or style by name.</summary>
internal sealed record NameLinkRow(long Source, string Name);
