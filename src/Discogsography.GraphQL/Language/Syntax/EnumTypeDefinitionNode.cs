namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An enum type definition (spec: EnumTypeDefinition).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>The enum values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

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

        foreach (var child in Values)
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

        for (var i = 0; i < Values.Count; i++)
        {
            children.Add(Values[i]);
        }
    }
}
