namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A schema, type or directive definition (spec: TypeSystemDefinition).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }
}
