namespace Discogsography.Catalog.Explore;

/// <summary>
/// A shortest path between two nodes over <see cref="PathRelationship"/> edges taken in either direction (one of
/// the shortest when several exist). From a node to itself: found, length 0, one step.
/// </summary>
/// <param name="Found">Whether a path of at most the requested depth exists.</param>
/// <param name="Length">The number of relationships on it, or null when none was found.</param>
/// <param name="Steps">The nodes from start to end (empty when none was found).</param>
public sealed record PathResult(bool Found, int? Length, IReadOnlyList<PathStep> Steps)
{
    /// <summary>No path within the depth.</summary>
    public static PathResult NotFound { get; } = new(false, null, []);
}
