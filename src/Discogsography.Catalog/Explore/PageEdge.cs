namespace Discogsography.Catalog.Explore;

/// <summary>One item of a page with the cursor that continues after it.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Node">The item.</param>
/// <param name="Cursor">Pass as <c>after</c> to get the items that follow.</param>
public sealed record PageEdge<T>(T Node, string Cursor);
