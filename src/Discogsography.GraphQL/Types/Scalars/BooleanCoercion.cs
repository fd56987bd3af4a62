using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c>: <c>true</c> or <c>false</c>.</summary>
internal sealed class BooleanCoercion : ScalarCoercion
{
    public override object? Serialize(object? value) => value switch
    {
        bool b => b,
        _ when RuntimeValues.TryGetDouble(value, out double d) && double.IsFinite(d) => d != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueDisplay.Inspect(value)}"),
    };

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) is bool b
        ? b
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueDisplay.Inspect(RuntimeValues.Unwrap(value))}");

    public override object? CoerceInputLiteral(ValueNode literal) => literal is BooleanValueNode b
        ? b.Value
        : throw new CoercionException($"Boolean cannot represent a non boolean value: {ValueLiteral.Print(literal)}");
}
