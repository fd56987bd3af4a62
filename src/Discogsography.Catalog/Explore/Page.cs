namespace Discogsography.Catalog.Explore;

/// <summary>One page of an ordered list.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Edges">The items with their cursors, in order.</param>
/// <param name="TotalCount">How many items the whole list has (same filters, counted live).</param>
/// <param name="HasNextPage">Whether items follow this page.</param>
/// <param name="HasPreviousPage">Whether items precede this page (an <c>after</c> cursor was given).</param>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, long TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>An empty page (no such parent, or nothing after the cursor).</summary>
    public static Page<T> Empty { get; } = new([], 0, false, false);

    /// <summary>The cursor of the last item, or null on an empty page.</summary>
    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;

    /// <summary>The cursor of the first item, or null on an empty page.</summary>
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;
}
