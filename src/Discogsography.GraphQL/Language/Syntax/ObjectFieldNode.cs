namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>One field of an input object literal (spec: ObjectField).</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
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
