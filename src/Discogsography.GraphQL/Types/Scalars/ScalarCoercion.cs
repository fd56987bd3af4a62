using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>
/// How a scalar turns values into results and inputs into runtime values. Every method throws
/// <see cref="CoercionException"/> with a message naming the scalar and the value when it cannot.
/// </summary>
public abstract class ScalarCoercion
{
    /// <summary>Result coercion: a resolver's value as the value to write into the response.</summary>
    public abstract object? Serialize(object? value);

    /// <summary>Input coercion of a variable value: a <see cref="System.Text.Json.JsonElement"/> or a plain runtime value.</summary>
    public abstract object? CoerceInputValue(object? value);

    /// <summary>Input coercion of a literal written in a document (never a variable).</summary>
    public abstract object? CoerceInputLiteral(ValueNode literal);
}
