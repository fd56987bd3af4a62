namespace Discogsography.Catalog.Explore;

/// <summary>A node's surroundings: its categories with counts, pages of each category's neighbours, its releases per year.</summary>
public interface IExploreReader
{
    /// <summary>
    /// The node with its categories (<see cref="ExploreCategories.For"/>) and counts: genre, style and label counts from
    /// the post-import precomputation (live when it has not run), artist and master counts live. Null when no such node.
    /// </summary>
    Task<ExploreResult?> ExploreAsync(EntityRef entity, CancellationToken cancellationToken);

    /// <summary>
    /// One page of a category's neighbours (ordering and <c>beforeYear</c> as <see cref="ExpandRequest"/> describes),
    /// with the live total under the same filter. An unknown node gives an empty page.
    /// </summary>
    /// <exception cref="ExploreArgumentException">UNKNOWN_CATEGORY, FIRST_OUT_OF_RANGE, BEFORE_YEAR_OUT_OF_RANGE or INVALID_CURSOR.</exception>
    Task<Page<ExpandItem>> ExpandAsync(EntityRef entity, ExpandRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The same page for many parents of one kind at once (for DataLoaders, e.g. the releases of every artist in a
    /// list). Every parent is in the answer (an empty page when unknown).
    /// </summary>
    /// <exception cref="ExploreArgumentException">As <see cref="ExpandAsync"/>, mixed kinds (ARGUMENT_OUT_OF_RANGE) or too many parents (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<EntityRef, Page<ExpandItem>>> ExpandManyAsync(
        IReadOnlyCollection<EntityRef> parents, ExpandRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Distinct releases per known year linked to the node (by, on, is; a master's versions; a release's own year),
    /// ascending by year. Empty for an unknown node.
    /// </summary>
    Task<IReadOnlyList<YearCount>> GetTrendsAsync(EntityRef entity, CancellationToken cancellationToken);
}
