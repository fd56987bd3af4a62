namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A named type definition (spec: TypeDefinition).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
