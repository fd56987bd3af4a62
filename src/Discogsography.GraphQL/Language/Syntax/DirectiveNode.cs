namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>A directive applied somewhere, <c>@name(args)</c> (spec: Directive).</summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments given to the directive.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;

        foreach (var child in Arguments)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Name);

        for (var i = 0; i < Arguments.Count; i++)
        {
            children.Add(Arguments[i]);
        }
    }
}
