namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>The literal <c>null</c> (spec: NullValue).</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
