namespace Discogsography.Catalog.Explore;

/// <summary>One node of a path and the relationship that led to it.</summary>
/// <param name="Node">The node.</param>
/// <param name="Relationship">The relationship between the previous node and this one; null for the first node.</param>
/// <param name="Forward">
/// Whether that relationship points from the previous node to this one (e.g. release -BY-> artist); null for the
/// first node.
/// </param>
public sealed record PathStep(EntitySummary Node, PathRelationship? Relationship, bool? Forward);
