namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A string or block string literal (spec: StringValue).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string value after escapes are decoded (or, for a block string, after BlockStringValue).</summary>
    public required string Value { get; init; }

    /// <summary>True when the literal was written as a block string (<c>"""</c>).</summary>
    public bool Block { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
