namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A named fragment definition (spec: FragmentDefinition).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The fragment name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;
        yield return TypeCondition;

        foreach (var child in Directives)
        {
            yield return child;
        }

        yield return SelectionSet;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (Description is not null)
        {
            children.Add(Description);
        }

        children.Add(Name);
        children.Add(TypeCondition);

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        children.Add(SelectionSet);
    }
}
