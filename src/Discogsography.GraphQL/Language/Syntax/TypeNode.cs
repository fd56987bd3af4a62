namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A type reference (spec: Type).</summary>
public abstract class TypeNode : SyntaxNode
{
}
