namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A field selection, possibly aliased (spec: Field).</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias, or null when the field is not aliased.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given to the field.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection, or null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        if (Alias is not null)
        {
            yield return Alias;
        }

        yield return Name;

        foreach (var child in Arguments)
        {
            yield return child;
        }

        foreach (var child in Directives)
        {
            yield return child;
        }

        if (SelectionSet is not null)
        {
            yield return SelectionSet;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        if (Alias is not null)
        {
            children.Add(Alias);
        }

        children.Add(Name);

        for (var i = 0; i < Arguments.Count; i++)
        {
            children.Add(Arguments[i]);
        }

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        if (SelectionSet is not null)
        {
            children.Add(SelectionSet);
        }
    }
}
