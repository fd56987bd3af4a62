namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An <c>extend input</c> extension (spec: InputObjectTypeExtension).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    /// <summary>The input fields added.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<SyntaxNode> GetChildren()
    {
        yield return Name;

        foreach (var child in Directives)
        {
            yield return child;
        }

        foreach (var child in Fields)
        {
            yield return child;
        }
    }

    /// <inheritdoc/>
    internal override void AddChildren(List<SyntaxNode> children)
    {
        children.Add(Name);

        for (var i = 0; i < Directives.Count; i++)
        {
            children.Add(Directives[i]);
        }

        for (var i = 0; i < Fields.Count; i++)
        {
            children.Add(Fields[i]);
        }
    }
}
