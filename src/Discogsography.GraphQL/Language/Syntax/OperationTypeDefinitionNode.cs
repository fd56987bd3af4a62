namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>One root operation type, <c>query: Query</c> (spec: RootOperationTypeDefinition).</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>The operation.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The root type for the operation.</summary>
    public required NamedTypeNode Type { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Type;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Type);
    }
}
