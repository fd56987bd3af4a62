namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A list literal, <c>[a, b]</c> (spec: ListValue).</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Values)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            children.Add(Values[i]);
        }
    }
}
