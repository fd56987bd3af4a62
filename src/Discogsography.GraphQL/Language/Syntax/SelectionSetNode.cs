namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A braced list of selections (spec: SelectionSet).</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public IReadOnlyList<SelectionNode> Selections { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Selections)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        for (var i = 0; i < Selections.Count; i++)
        {
            children.Add(Selections[i]);
        }
    }
}
