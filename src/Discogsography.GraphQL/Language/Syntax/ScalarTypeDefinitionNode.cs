namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A scalar type definition (spec: ScalarTypeDefinition).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Name;

        foreach (var child in Directives)
        {
            yield return child;
        }
    }
}
