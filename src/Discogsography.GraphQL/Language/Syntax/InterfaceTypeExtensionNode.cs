namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An <c>extend interface</c> extension (spec: InterfaceTypeExtension).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    /// <summary>The interfaces added.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>The fields added.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
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
