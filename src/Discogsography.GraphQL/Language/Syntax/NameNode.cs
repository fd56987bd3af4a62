namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A name such as a field, type or argument name (spec: Name).</summary>
public sealed class NameNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name as written.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
    }
}
