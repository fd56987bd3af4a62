using System.Globalization;
using System.Text.Json;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>Shows a runtime value in coercion messages the way graphql-js's <c>inspect</c> does.</summary>
internal static class ValueDisplay
{
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        IFormattable number when RuntimeValues.IsInteger(value) => number.ToString(null, CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        JsonElement element => Inspect(RuntimeValues.Unwrap(element)),
        IReadOnlyDictionary<string, object?> map => map.Count == 0
            ? "{}"
            : "{ " + string.Join(", ", map.Select(p => $"{p.Key}: {Inspect(p.Value)}")) + " }",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        DateTimeOffset time => JsonSerializer.Serialize(time),
        _ => value.ToString() ?? value.GetType().Name,
    };
}
