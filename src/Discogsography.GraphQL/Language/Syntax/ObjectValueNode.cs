namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An input object literal, <c>{ a: 1 }</c> (spec: ObjectValue).</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Fields)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            children.Add(Fields[i]);
        }
    }
}
