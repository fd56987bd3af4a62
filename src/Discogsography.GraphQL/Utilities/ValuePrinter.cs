using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;

namespace Discogsography.GraphQL.Utilities;

/// <summary>
/// Prints a coerced input value as a GraphQL literal of its type, the way graphql-js prints
/// <c>astFromValue(value, type)</c> (default values in SDL and in introspection's <c>defaultValue</c>).
/// </summary>
internal static partial class ValuePrinter
{
    public static string Print(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Print(value, nonNull.OfType);
            case var _ when value is null:
                return "null";
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary
                    ? "[" + string.Join(", ", items.Cast<object?>().Select(item => Print(item, list.OfType))) + "]"
                    : Print(value, list.OfType);
            case InputObjectType inputObject when value is IReadOnlyDictionary<string, object?> fields:
                return "{" + string.Join(", ", inputObject.Fields.Values
                    .Where(f => fields.ContainsKey(f.Name))
                    .Select(f => f.Name + ": " + Print(fields[f.Name], f.Type))) + "}";
            case EnumType:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";
            case ScalarType scalar:
                return PrintScalar(scalar.Serialize(value), scalar);
            default:
                return PrintUntyped(value);
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerString();

    private static string PrintScalar(object? serialized, ScalarType scalar) => serialized switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s when scalar.Name == "ID" && IntegerString().IsMatch(s) => s,
        string s => StringLiteral.Print(s),
        _ when RuntimeValues.IsNumber(serialized) => PrintNumber(serialized),
        _ => PrintUntyped(serialized),
    };

    private static string PrintNumber(object number) => number switch
    {
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        decimal m => JsNumber.Format((double)m),
        _ => Convert.ToString(number, CultureInfo.InvariantCulture)!,
    };

    private static string PrintUntyped(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => StringLiteral.Print(s),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => p.Key + ": " + PrintUntyped(p.Value))) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(PrintUntyped)) + "]",
        _ when RuntimeValues.IsNumber(value) => PrintNumber(value),
        _ => StringLiteral.Print(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
