namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A variable reference, <c>$name</c> (spec: Variable).</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
    }
}
