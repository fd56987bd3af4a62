namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>
/// The base of every node of the GraphQL syntax tree. Nodes are immutable once built, so a parsed
/// document can be cached and shared between requests and threads.
/// </summary>
public abstract class SyntaxNode
{
    /// <summary>Only the node types of this assembly derive from here: the printer and walker know them all.</summary>
    private protected SyntaxNode()
    {
    }

    /// <summary>The kind of node; one value per sealed node type.</summary>
    public abstract SyntaxKind Kind { get; }

    // Stored without the nullable wrapper (8 bytes less per node); line 0 means no location.
    private readonly Location _location;

    /// <summary>Where the node was read from, or null for a node built in code.</summary>
    public Location? Location
    {
        get => _location.Line == 0 ? null : _location;
        init => _location = value ?? default;
    }

    /// <summary>The child nodes in source order (the order the printer and the walker use).</summary>
    /// <returns>The direct children; empty for a leaf.</returns>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    /// <summary>Appends the child nodes in source order, without allocating (what the walker uses).</summary>
    /// <param name="children">The list to append to.</param>
    internal abstract void AddChildren(List<SyntaxNode> children);
}
