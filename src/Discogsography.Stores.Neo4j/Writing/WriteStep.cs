using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Writing;

/// <summary>One statement of a batch write with its parameters.</summary>
internal sealed record WriteStep(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);
