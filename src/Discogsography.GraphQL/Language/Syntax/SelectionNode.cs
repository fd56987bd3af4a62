namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A field, fragment spread or inline fragment (spec: Selection).</summary>
public abstract class SelectionNode : SyntaxNode
{
    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
