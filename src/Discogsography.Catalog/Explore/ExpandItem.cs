namespace Discogsography.Catalog.Explore;

/// <summary>One neighbour in an expanded category.</summary>
/// <param name="Node">The neighbour.</param>
/// <param name="ReleaseCount">
/// For artist, label, genre and style neighbours: how many distinct releases link the parent and this neighbour
/// (honouring <c>beforeYear</c>); null for releases and aliases.
/// </param>
public sealed record ExpandItem(EntitySummary Node, long? ReleaseCount);
