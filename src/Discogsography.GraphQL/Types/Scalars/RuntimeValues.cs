using System.Text.Json;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>Turns JSON input (variables) into plain runtime values and classifies runtime numbers.</summary>
internal static class RuntimeValues
{
    /// <summary>A <see cref="JsonElement"/> as string, bool, long, double, list, map or null; other values as they are.</summary>
    public static object? Unwrap(object? value) => value is JsonElement element ? Unwrap(element) : value;

    public static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out long integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(e => Unwrap(e)).ToList(),
        JsonValueKind.Object => UnwrapObject(element),
        _ => null,
    };

    /// <summary>A JSON object as a map; a repeated key keeps its last value, as JSON.parse does.</summary>
    private static Dictionary<string, object?> UnwrapObject(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Unwrap(property.Value);
        }

        return map;
    }

    public static bool IsInteger(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong;

    public static bool IsNumber(object? value) => IsInteger(value) || value is float or double or decimal;

    /// <summary>The value as a double when it is any runtime number.</summary>
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case ulong u:
                number = u;
                return true;
            case IConvertible convertible when IsInteger(value):
                number = convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>The value as a long when it is an integral runtime number within the 64-bit range.</summary>
    public static bool TryGetInt64(object? value, out long integer)
    {
        switch (value)
        {
            case long l:
                integer = l;
                return true;
            case ulong u when u <= long.MaxValue:
                integer = (long)u;
                return true;
            case ulong:
                integer = 0;
                return false;
            case IConvertible convertible when IsInteger(value):
                integer = convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture);
                return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue:
                integer = (long)m;
                return true;
            case double or float:
                double d = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                if (Math.Floor(d) == d && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
                {
                    integer = (long)d;
                    return true;
                }

                integer = 0;
                return false;
            default:
                integer = 0;
                return false;
        }
    }
}
