namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A query, mutation or subscription, named or anonymous (spec: OperationDefinition).</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>The kind of operation; <see cref="OperationType.Query"/> for the shorthand form.</summary>
    public required OperationType Operation { get; init; }

    /// <summary>The operation name, or null for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    /// <summary>The variables the operation declares.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        if (Name is not null)
        {
            yield return Name;
        }

        foreach (var child in VariableDefinitions)
        {
            yield return child;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        yield return SelectionSet;
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (Description is not null)
        {
            children.Add(Description);
        }

        if (Name is not null)
        {
            children.Add(Name);
        }

        for (var i = 0; i < VariableDefinitions.Count; i++)
        {
            children.Add(VariableDefinitions[i]);
        }

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        children.Add(SelectionSet);
    }
}
