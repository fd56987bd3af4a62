using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Types;

/// <summary>A scalar type: a leaf whose values its <see cref="Coercion"/> serializes and parses.</summary>
public sealed class ScalarType : NamedType
{
    /// <summary>How values of this scalar are serialized and coerced from input.</summary>
    public required ScalarCoercion Coercion { get; init; }

    /// <summary>The URL given by <c>@specifiedBy</c>, if any.</summary>
    public string? SpecifiedByUrl => GetDirectives(BuiltInDirectives.SpecifiedByName)
        .Select(d => d.GetArgument("url") as string)
        .FirstOrDefault();

    /// <summary>True for <c>Int</c>, <c>Float</c>, <c>String</c>, <c>Boolean</c> and <c>ID</c>.</summary>
    public bool IsBuiltIn => BuiltInScalars.IsBuiltIn(Name);

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>Result coercion; see <see cref="ScalarCoercion.Serialize"/>.</summary>
    public object? Serialize(object? value) => Coercion.Serialize(value);

    /// <summary>Variable input coercion; see <see cref="ScalarCoercion.CoerceInputValue"/>.</summary>
    public object? CoerceInputValue(object? value) => Coercion.CoerceInputValue(value);

    /// <summary>Literal input coercion; see <see cref="ScalarCoercion.CoerceInputLiteral"/>.</summary>
    public object? CoerceInputLiteral(ValueNode literal) => Coercion.CoerceInputLiteral(literal);
}
