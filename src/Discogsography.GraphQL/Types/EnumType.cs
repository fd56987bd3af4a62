namespace Discogsography.GraphQL.Types;

/// <summary>An enum type: a closed set of named values, serialized as their names.</summary>
public sealed class EnumType : NamedType
{
    /// <summary>The values by name, in definition order.</summary>
    public IReadOnlyDictionary<string, EnumValue> Values { get; internal set; } = new Dictionary<string, EnumValue>();

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;
}
