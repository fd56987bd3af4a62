namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An interface type definition (spec: InterfaceTypeDefinition).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>The interfaces this interface implements.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields of the interface.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var child in Interfaces)
        {
            yield return child;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in Fields)
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

        for (var i = 0; i < Interfaces.Count; i++)
        {
            children.Add(Interfaces[i]);
        }

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        for (var i = 0; i < Fields.Count; i++)
        {
            children.Add(Fields[i]);
        }
    }
}
