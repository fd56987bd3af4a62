namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A non-null type, <c>Type!</c> (spec: NonNullType).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The wrapped type: a named or list type, never another non-null type.</summary>
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
