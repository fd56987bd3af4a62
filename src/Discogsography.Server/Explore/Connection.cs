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

/// <summary>An edge (<c>XEdge</c>): the cursor after the node, the node and, for ranked neighbours, their shared release count.</summary>
internal sealed record Edge<T>(string Cursor, T Node, int? ReleaseCount);

/// <summary>The <c>PageInfo</c> of a connection.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>The contracts count in <see cref="long"/>; the schema's counts are <c>Int</c> (saturating, never wrapping).</summary>
internal static class Counts
{
    /// <summary>The count as an <c>Int</c>.</summary>
    public static int ToInt(long count) => (int)Math.Clamp(count, 0, int.MaxValue);

    /// <summary>The optional count as an <c>Int</c>.</summary>
    public static int? ToInt(long? count) => count is long value ? ToInt(value) : null;
}
