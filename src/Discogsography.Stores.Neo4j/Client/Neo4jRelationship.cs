namespace Discogsography.Stores.Neo4j.Client;

/// <summary>A relationship as the typed JSON format returns it.</summary>
/// <param name="ElementId">Neo4j's element id of the relationship.</param>
/// <param name="StartElementId">The element id of the start node.</param>
/// <param name="EndElementId">The element id of the end node.</param>
/// <param name="Type">The relationship type, e.g. <c>BY</c>.</param>
/// <param name="Properties">The relationship's properties.</param>
internal sealed record Neo4jRelationship(
    string ElementId,
    string StartElementId,
    string EndElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
