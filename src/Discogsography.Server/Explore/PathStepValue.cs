using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>A <c>PathStep</c>.</summary>
internal sealed record PathStepValue(object Node, PathRelationship? Relationship, bool? Forward);
