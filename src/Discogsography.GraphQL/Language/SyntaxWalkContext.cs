using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>Where a <see cref="SyntaxWalker"/> walk is: the nodes above the one being visited.</summary>
public sealed class SyntaxWalkContext
{
    private readonly List<SyntaxNode> _ancestors = [];

    internal SyntaxWalkContext()
    {
    }

    /// <summary>The nodes from the root down to the parent of the node being visited.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the node being visited, or null at the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    internal void Push(SyntaxNode node) => _ancestors.Add(node);

    internal void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
