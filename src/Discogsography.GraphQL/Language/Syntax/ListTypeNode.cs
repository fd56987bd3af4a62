namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A list type, <c>[Type]</c> (spec: ListType).</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Type;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Type);
    }
}
