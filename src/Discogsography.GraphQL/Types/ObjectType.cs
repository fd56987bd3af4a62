namespace Discogsography.GraphQL.Types;

/// <summary>An object type: the concrete shape of values the executor resolves.</summary>
public sealed class ObjectType : ComplexType
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}
