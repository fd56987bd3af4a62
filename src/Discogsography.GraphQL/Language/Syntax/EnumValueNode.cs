namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An enum value literal (spec: EnumValue).</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
