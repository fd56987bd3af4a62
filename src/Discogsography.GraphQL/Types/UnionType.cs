namespace Discogsography.GraphQL.Types;

/// <summary>A union type: one of a set of object types.</summary>
public sealed class UnionType : NamedType
{
    /// <summary>The member object types, in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;
}
