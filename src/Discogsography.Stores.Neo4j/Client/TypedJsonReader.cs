using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace Discogsography.Stores.Neo4j.Client;

/// <summary>
/// Maps values of the Query API's typed JSON format (<c>{"$type": "Integer", "_value": "42"}</c>) to .NET:
/// Null → null, Boolean → bool, Integer → long, Float → double, String → string, Base64 → byte[],
/// Date → DateOnly, LocalTime → TimeOnly, LocalDateTime → DateTime (unspecified kind),
/// OffsetDateTime and ZonedDateTime → DateTimeOffset (the zone name is dropped, the offset kept),
/// Duration → TimeSpan when it has no year or month part (else its ISO 8601 text), Time and Point → their text,
/// List → IReadOnlyList&lt;object?&gt;, Map → IReadOnlyDictionary&lt;string, object?&gt;, Node → <see cref="Neo4jNode"/>,
/// Relationship → <see cref="Neo4jRelationship"/>, Path → the list of its nodes and relationships.
/// A value without <c>$type</c> (plain JSON) maps by its JSON kind: whole numbers to long, others to double.
/// </summary>
internal static class TypedJsonReader
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            return ReadPlain(element);
        }

        var type = typeElement.GetString();
        var value = element.TryGetProperty("_value", out var v) ? v : default;
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => ReadInteger(value),
            "Float" => ReadFloat(value),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString() ?? string.Empty),
            "Date" => DateOnly.Parse(Text(value), CultureInfo.InvariantCulture),
            "LocalTime" => TimeOnly.Parse(Text(value), CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.None),
            "OffsetDateTime" or "ZonedDateTime" => ReadDateTimeOffset(Text(value)),
            "Duration" => ReadDuration(Text(value)),
            "Time" or "Point" => Text(value),
            "List" => ReadList(value),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadList(value),
            _ => throw new FormatException($"Unknown typed JSON type '{type}'."),
        };
    }

    private static string Text(JsonElement value) => value.GetString() ?? throw new FormatException("A typed JSON value is missing its text.");

    private static long ReadInteger(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetInt64() : long.Parse(Text(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static double ReadFloat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        return Text(value) switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static DateTimeOffset ReadDateTimeOffset(string text)
    {
        // ZonedDateTime appends the zone id in brackets: 2024-01-01T21:40:32+01:00[Europe/Paris].
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var instant = bracket >= 0 ? text[..bracket] : text;
        return DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static object ReadDuration(string text)
    {
        var datePart = text.Split('T')[0];
        var hasCalendarPart = datePart.Contains('Y', StringComparison.Ordinal) || datePart.Contains('M', StringComparison.Ordinal);
        return hasCalendarPart ? text : XmlConvert.ToTimeSpan(text);
    }

    private static List<object?> ReadList(JsonElement value)
    {
        var list = new List<object?>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return list;
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static Neo4jNode ReadNode(JsonElement value)
    {
        var labels = new List<string>();
        foreach (var label in value.GetProperty("_labels").EnumerateArray())
        {
            labels.Add(label.GetString() ?? string.Empty);
        }

        return new Neo4jNode(Text(value.GetProperty("_element_id")), labels, Properties(value));
    }

    private static Neo4jRelationship ReadRelationship(JsonElement value) => new(
        Text(value.GetProperty("_element_id")),
        Text(value.GetProperty("_start_node_element_id")),
        Text(value.GetProperty("_end_node_element_id")),
        Text(value.GetProperty("_type")),
        Properties(value));

    private static Dictionary<string, object?> Properties(JsonElement value) =>
        value.TryGetProperty("_properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? ReadMap(properties)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static object? ReadPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.Array => ReadList(element),
        _ => ReadMap(element),
    };
}
