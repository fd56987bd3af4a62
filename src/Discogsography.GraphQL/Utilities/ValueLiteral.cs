using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Utilities;

/// <summary>Reads literal value nodes without a type: for messages and for scalars that take any value.</summary>
internal static class ValueLiteral
{
    /// <summary>The literal in GraphQL notation, as graphql-js prints it in messages.</summary>
    public static string Print(ValueNode literal) => literal switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => StringLiteral.Print(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        VariableNode v => "$" + v.Name.Value,
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(Print)) + "]",
        ObjectValueNode obj => "{" + string.Join(", ", obj.Fields.Select(f => f.Name.Value + ": " + Print(f.Value))) + "}",
        _ => literal.Kind.ToString(),
    };

    /// <summary>
    /// The literal as a plain runtime value: integers as <see cref="long"/> (or <see cref="double"/> beyond 64 bits),
    /// floats as <see cref="double"/>, enum values as their names, lists and objects as lists and maps.
    /// </summary>
    public static object? ToUntypedValue(ValueNode literal) => literal switch
    {
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)
            ? (object)l
            : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        NullValueNode => null,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ToUntypedValue).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ToUntypedValue(f.Value), StringComparer.Ordinal),
        _ => throw new Types.Scalars.CoercionException($"Unexpected variable {Print(literal)} in a constant value."),
    };
}
