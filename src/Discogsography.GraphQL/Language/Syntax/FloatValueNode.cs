namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A float literal (spec: FloatValue); the raw text is kept so coercion decides the precision.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal exactly as written, e.g. <c>1.5e3</c>.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
