using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The custom <c>Long</c>: a signed 64-bit integer, serialized as a JSON number.</summary>
internal sealed class LongCoercion : ScalarCoercion
{
    public override object? Serialize(object? value) => RuntimeValues.TryGetInt64(value, out long l)
        ? l
        : throw new CoercionException($"Long cannot represent non 64-bit signed integer value: {ValueDisplay.Inspect(value)}");

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) switch
    {
        bool or string or null => throw new CoercionException(
            $"Long cannot represent non-integer value: {ValueDisplay.Inspect(RuntimeValues.Unwrap(value))}"),
        object number when RuntimeValues.TryGetInt64(number, out long l) => l,
        object other => throw new CoercionException($"Long cannot represent non 64-bit signed integer value: {ValueDisplay.Inspect(other)}"),
    };

    public override object? CoerceInputLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw new CoercionException($"Long cannot represent non-integer value: {ValueLiteral.Print(literal)}");
        }

        return long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long result)
            ? result
            : throw new CoercionException($"Long cannot represent non 64-bit signed integer value: {integer.Value}");
    }
}
