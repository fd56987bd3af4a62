namespace Discogsography.GraphQL.Language.Syntax;

/// <summary>An extension of a named type (spec: TypeExtension).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>The name of the type being extended.</summary>
    public required NameNode Name { get; init; }
}
