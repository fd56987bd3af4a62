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
}
