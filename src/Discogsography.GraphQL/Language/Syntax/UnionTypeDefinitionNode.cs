namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A union type definition (spec: UnionTypeDefinition).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>The member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in Types)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (Description is not null)
        {
            children.Add(Description);
        }

        children.Add(Name);

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        for (var i = 0; i < Types.Count; i++)
        {
            children.Add(Types[i]);
        }
    }
}
