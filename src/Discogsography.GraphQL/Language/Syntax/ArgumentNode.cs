namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A named argument of a field or directive (spec: Argument).</summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
        yield return Value;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        children.Add(Value);
    }
}
