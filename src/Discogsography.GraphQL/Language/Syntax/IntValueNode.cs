namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An integer literal (spec: IntValue); the raw text is kept so coercion decides the range.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal exactly as written, e.g. <c>-12</c>.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
