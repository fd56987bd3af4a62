namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An operation or fragment definition (spec: ExecutableDefinition).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>The description written before the definition, if any (September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
