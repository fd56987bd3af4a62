namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A literal value or variable (spec: Value).</summary>
public abstract class ValueNode : SyntaxNode
{
}
