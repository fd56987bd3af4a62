namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A reference to a type by name (spec: NamedType).</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
    }
}
