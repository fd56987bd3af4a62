namespace Discogsography.GraphQL.Types;

/// <summary>A value of <see cref="OfType"/> that is never null.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/>, which must not itself be non-null.</summary>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type this wraps.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType Named => OfType.Named;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
