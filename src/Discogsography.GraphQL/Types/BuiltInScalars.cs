using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Types;

/// <summary>
/// The scalars the specification defines (<c>Int</c>, <c>Float</c>, <c>String</c>, <c>Boolean</c>, <c>ID</c>) and the
/// coercions of the custom scalars this engine implements (<c>DateTime</c>, <c>Long</c>).
/// </summary>
public static class BuiltInScalars
{
    /// <summary>The signed 32-bit integer scalar.</summary>
    public static ScalarType Int { get; } = new()
    {
        Name = "Int",
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        Coercion = new IntCoercion(),
    };

    /// <summary>The double-precision scalar.</summary>
    public static ScalarType Float { get; } = new()
    {
        Name = "Float",
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        Coercion = new FloatCoercion(),
    };

    /// <summary>The text scalar.</summary>
    public static ScalarType String { get; } = new()
    {
        Name = "String",
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        Coercion = new StringCoercion(),
    };

    /// <summary>The true-or-false scalar.</summary>
    public static ScalarType Boolean { get; } = new()
    {
        Name = "Boolean",
        Description = "The `Boolean` scalar type represents `true` or `false`.",
        Coercion = new BooleanCoercion(),
    };

    /// <summary>The opaque identifier scalar.</summary>
    public static ScalarType ID { get; } = new()
    {
        Name = "ID",
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        Coercion = new IdCoercion(),
    };

    /// <summary>The coercion of the custom <c>DateTime</c> scalar (RFC 3339, held as <see cref="DateTimeOffset"/>).</summary>
    public static ScalarCoercion DateTimeCoercion { get; } = new DateTimeCoercion();

    /// <summary>The coercion of the custom <c>Long</c> scalar (signed 64-bit, held as <see cref="long"/>).</summary>
    public static ScalarCoercion LongCoercion { get; } = new LongCoercion();

    /// <summary>The coercion of custom scalars without an implementation: values pass through.</summary>
    public static ScalarCoercion PassThroughCoercion { get; } = new PassThroughCoercion();

    /// <summary>The five specified scalars, in graphql-js order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True when <paramref name="name"/> names one of the five specified scalars.</summary>
    public static bool IsBuiltIn(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>The specified scalar named <paramref name="name"/>, or null.</summary>
    public static ScalarType? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}
