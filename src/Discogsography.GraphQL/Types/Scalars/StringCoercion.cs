using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>: UTF-8 text.</summary>
internal sealed class StringCoercion : ScalarCoercion
{
    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d when double.IsFinite(d) => JsNumber.Format(d),
        float f when float.IsFinite(f) => JsNumber.Format(f),
        char c => c.ToString(),
        Enum e => e.ToString(),
        IFormattable number when RuntimeValues.IsNumber(value) => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"String cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) is string s
        ? s
        : throw new CoercionException($"String cannot represent a non string value: {ValueDisplay.Inspect(RuntimeValues.Unwrap(value))}");

    public override object? CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? s.Value
        : throw new CoercionException($"String cannot represent a non string value: {ValueLiteral.Print(literal)}");
}
