namespace Discogsography.Catalog.Explore;

/// <summary>Shortest paths between nodes over BY, ON, IS, ALIAS_OF, MEMBER_OF and DERIVED_FROM, in either direction.</summary>
public interface IPathFinder
{
    /// <summary>
    /// A shortest path of at most <paramref name="maxDepth"/> relationships (1..10, the API's default 6), or
    /// <see cref="PathResult.NotFound"/>. Null when either node does not exist.
    /// </summary>
    /// <exception cref="ExploreArgumentException">MAX_DEPTH_OUT_OF_RANGE.</exception>
    Task<PathResult?> FindPathAsync(EntityRef from, EntityRef to, int maxDepth, CancellationToken cancellationToken);
}
