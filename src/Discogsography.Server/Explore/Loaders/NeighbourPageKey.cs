using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore.Loaders;

/// <summary>One parent's page of one category.</summary>
/// <param name="Parent">The parent.</param>
/// <param name="Request">The category, page size, cursor and year.</param>
internal sealed record NeighbourPageKey(EntityRef Parent, ExpandRequest Request);
