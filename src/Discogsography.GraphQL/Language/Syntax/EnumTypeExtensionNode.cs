namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An <c>extend enum</c> extension (spec: EnumTypeExtension).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    /// <summary>The enum values added.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
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
