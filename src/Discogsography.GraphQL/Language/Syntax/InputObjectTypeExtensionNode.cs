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
}
