namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A field of an object or interface type (spec: FieldDefinition).</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <summary>The description written before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The output type.</summary>
    public required TypeNode Type { get; init; }

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

        foreach (var child in Arguments)
        {
            yield return child;
        }

        yield return Type;

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

        for (var i = 0; i < Arguments.Count; i++)
        {
            children.Add(Arguments[i]);
        }

        children.Add(Type);

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }
    }
}
