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

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (Description is not null)
        {
            children.Add(Description);
        }

        children.Add(Name);

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }
    }
}
