using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer.</summary>
internal sealed class IntCoercion : ScalarCoercion
{
    public override object? Serialize(object? value)
    {
        object? number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => value,
        };
        return ToInt32(number, value);
    }

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) switch
    {
        bool or string or null => throw NonInteger(ValueDisplay.Inspect(RuntimeValues.Unwrap(value))),
        object number => ToInt32(number, number),
    };

    public override object? CoerceInputLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw NonInteger(ValueLiteral.Print(literal));
        }

        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result)
            ? result
            : throw OutOfRange(integer.Value);
    }

    private static int ToInt32(object? number, object? original)
    {
        if (!RuntimeValues.TryGetDouble(number, out double d) || double.IsNaN(d) || double.IsInfinity(d) || Math.Floor(d) != d)
        {
            throw NonInteger(ValueDisplay.Inspect(original));
        }

        if (RuntimeValues.TryGetInt64(number, out long l) ? l is < int.MinValue or > int.MaxValue : d is < int.MinValue or > int.MaxValue)
        {
            throw OutOfRange(ValueDisplay.Inspect(original));
        }

        return (int)d;
    }

    private static CoercionException NonInteger(string shown) => new($"Int cannot represent non-integer value: {shown}");

    private static CoercionException OutOfRange(string shown) => new($"Int cannot represent non 32-bit signed integer value: {shown}");
}
