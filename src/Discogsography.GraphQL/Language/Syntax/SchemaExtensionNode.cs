namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An <c>extend schema</c> extension (spec: SchemaExtension).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    /// <summary>The root operation types added.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in OperationTypes)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        for (var i = 0; i < OperationTypes.Count; i++)
        {
            children.Add(OperationTypes[i]);
        }
    }
}
