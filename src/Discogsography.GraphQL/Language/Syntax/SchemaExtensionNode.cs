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
}
