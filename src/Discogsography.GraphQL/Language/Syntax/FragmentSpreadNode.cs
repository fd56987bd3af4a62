namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A spread of a named fragment, <c>...Name</c> (spec: FragmentSpread).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The name of the fragment spread.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;

        foreach (var child in Directives)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Name);

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }
    }
}
