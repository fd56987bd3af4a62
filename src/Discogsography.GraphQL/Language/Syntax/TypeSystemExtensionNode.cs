namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A schema or type extension (spec: TypeSystemExtension).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
