namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A directive definition (spec: DirectiveDefinition).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>True when the directive is declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The locations as written; <see cref="GetDirectiveLocations"/> maps them to <see cref="DirectiveLocation"/>.</summary>
    public IReadOnlyList<NameNode> Locations { get; init; } = [];

    /// <summary>The locations mapped to <see cref="DirectiveLocation"/>; names the spec does not define are left out.</summary>
    /// <returns>The known locations in source order.</returns>
    public IReadOnlyList<DirectiveLocation> GetDirectiveLocations()
    {
        var locations = new List<DirectiveLocation>(Locations.Count);
        foreach (var name in Locations)
        {
            if (DirectiveLocationNames.TryParse(name.Value, out var location))
            {
                locations.Add(location);
            }
        }

        return locations;
    }

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

        foreach (var child in Locations)
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

        for (var i = 0; i < Locations.Count; i++)
        {
            children.Add(Locations[i]);
        }
    }
}
