namespace Discogsography.Stores.Neo4j.Client;

/// <summary>A node as the typed JSON format returns it.</summary>
/// <param name="ElementId">Neo4j's element id (valid within one transaction's view; not a Discogs id).</param>
/// <param name="Labels">The node's labels.</param>
/// <param name="Properties">The node's properties, mapped like every other value.</param>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
