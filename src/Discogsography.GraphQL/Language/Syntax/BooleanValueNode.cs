namespace Discogsography.GraphQL.Language.Syntax;

/// <summary><c>true</c> or <c>false</c> (spec: BooleanValue).</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The boolean value.</summary>
    public required bool Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
