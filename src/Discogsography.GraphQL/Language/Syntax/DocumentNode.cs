namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A whole GraphQL document: a list of definitions (spec: Document).</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        foreach (var child in Definitions)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        for (var i = 0; i < Definitions.Count; i++)
        {
            children.Add(Definitions[i]);
        }
    }
}
