namespace Discogsography.GraphQL.Types;

/// <summary>A list of values of <see cref="OfType"/>.</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The type of the list's items.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}
