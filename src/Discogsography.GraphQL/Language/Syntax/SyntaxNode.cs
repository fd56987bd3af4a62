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

    /// <summary>Where the node was read from, or null for a node built in code.</summary>
    public Location? Location { get; init; }

    /// <summary>The child nodes in source order (the order the printer and the walker use).</summary>
    /// <returns>The direct children; empty for a leaf.</returns>
    public abstract IEnumerable<SyntaxNode> GetChildren();
}
