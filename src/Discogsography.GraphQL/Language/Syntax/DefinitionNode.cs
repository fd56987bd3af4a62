namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A top-level definition of a document (spec: Definition).</summary>
public abstract class DefinitionNode : SyntaxNode
{
}
