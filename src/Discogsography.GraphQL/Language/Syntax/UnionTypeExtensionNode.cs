namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An <c>extend union</c> extension (spec: UnionTypeExtension).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    /// <summary>The member types added.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
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
