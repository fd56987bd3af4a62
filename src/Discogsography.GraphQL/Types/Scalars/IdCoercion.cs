using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The built-in <c>ID</c>: an opaque identifier, serialized as a string, accepted as a string or an integer.</summary>
internal sealed class IdCoercion : ScalarCoercion
{
    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when RuntimeValues.TryGetInt64(value, out long l) => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) switch
    {
        string s => s,
        object number when RuntimeValues.IsInteger(number) => Convert.ToString(number, CultureInfo.InvariantCulture),
        double d when Math.Floor(d) == d && double.IsFinite(d) => JsNumber.Format(d),
        var other => throw new CoercionException($"ID cannot represent value: {ValueDisplay.Inspect(other)}"),
    };

    public override object? CoerceInputLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {ValueLiteral.Print(literal)}"),
    };
}
