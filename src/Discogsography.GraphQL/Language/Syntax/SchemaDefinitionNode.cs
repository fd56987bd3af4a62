namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A <c>schema { }</c> definition (spec: SchemaDefinition).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

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
        if (Description is not null)
        {
            children.Add(Description);
        }

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
