namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>One variable declared by an operation (spec: VariableDefinition).</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable being declared.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value, or null when none is given.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>The directives applied, in source order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Description is not null)
        {
            yield return Description;
        }

        yield return Variable;
        yield return Type;

        if (DefaultValue is not null)
        {
            yield return DefaultValue;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (Description is not null)
        {
            children.Add(Description);
        }

        children.Add(Variable);
        children.Add(Type);

        if (DefaultValue is not null)
        {
            children.Add(DefaultValue);
        }

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }
    }
}
