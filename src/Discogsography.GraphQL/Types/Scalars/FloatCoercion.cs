using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite IEEE 754 double.</summary>
internal sealed class FloatCoercion : ScalarCoercion
{
    public override object? Serialize(object? value)
    {
        object? number = value switch
        {
            bool b => b ? 1d : 0d,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => value,
        };
        return ToFinite(number, value);
    }

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) switch
    {
        bool or string or null => throw NonNumeric(ValueDisplay.Inspect(RuntimeValues.Unwrap(value))),
        object number => ToFinite(number, number),
    };

    public override object? CoerceInputLiteral(ValueNode literal) => literal switch
    {
        IntValueNode integer => double.Parse(integer.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode real => double.Parse(real.Value, NumberStyles.Float, CultureInfo.InvariantCulture) is var d && double.IsFinite(d)
            ? d
            : throw NonNumeric(real.Value),
        _ => throw NonNumeric(ValueLiteral.Print(literal)),
    };

    private static double ToFinite(object? number, object? original) =>
        RuntimeValues.TryGetDouble(number, out double d) && double.IsFinite(d) ? d : throw NonNumeric(ValueDisplay.Inspect(original));

    private static CoercionException NonNumeric(string shown) => new($"Float cannot represent non numeric value: {shown}");
}
