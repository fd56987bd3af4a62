using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>A cursor connection (<c>XConnection</c>): edges, their nodes, page information and the list's total.</summary>
/// <typeparam name="T">The node type.</typeparam>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    /// <summary>A flattened list of the nodes.</summary>
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    /// <summary>The connection of a contract's page, each item made a node by <paramref name="node"/>.</summary>
    public static Connection<T> From<TItem>(Page<TItem> page, Func<TItem, T> node, Func<TItem, long?>? releaseCount = null) =>
        new(
            [.. page.Edges.Select(e => new Edge<T>(e.Cursor, node(e.Node), Counts.ToInt(releaseCount?.Invoke(e.Node))))],
            new PageInfo(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor),
            Counts.ToInt(page.TotalCount));
}
