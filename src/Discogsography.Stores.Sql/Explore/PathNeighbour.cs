using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>An edge met while searching a path: from a frontier node to a neighbour.</summary>
/// <param name="From">The frontier node.</param>
/// <param name="To">The neighbour.</param>
/// <param name="Relationship">The relationship between them.</param>
/// <param name="Forward">Whether the relationship points from <paramref name="From"/> to <paramref name="To"/>.</param>
internal sealed record PathNeighbour(EntityRef From, EntityRef To, PathRelationship Relationship, bool Forward);
