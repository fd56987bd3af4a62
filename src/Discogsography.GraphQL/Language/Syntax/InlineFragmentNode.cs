namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An inline fragment, <c>... on Type { }</c> (spec: InlineFragment).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition, or null when absent.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The fragment's selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (TypeCondition is not null)
        {
            yield return TypeCondition;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        yield return SelectionSet;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (TypeCondition is not null)
        {
            children.Add(TypeCondition);
        }

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        children.Add(SelectionSet);
    }
}
