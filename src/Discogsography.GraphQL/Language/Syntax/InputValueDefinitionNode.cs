namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An argument or input object field definition (spec: InputValueDefinition).</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
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

        yield return Name;
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

        children.Add(Name);
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
