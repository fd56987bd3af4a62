using System.Text.Json;
using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>Reads the request parameters <c>{ query, operationName?, variables?, extensions? }</c> of a subscribe payload or SSE body.</summary>
internal static class GraphQLRequestJson
{
    /// <summary>False (with the reason) when <paramref name="payload"/> is not a well-formed request object.</summary>
    public static bool TryRead(JsonElement payload, out GraphQLRequest request, out string problem)
    {
        request = null!;
        problem = "";
        if (payload.ValueKind != JsonValueKind.Object)
        {
            problem = "The request must be a JSON object.";
            return false;
        }

        if (!payload.TryGetProperty("query", out JsonElement query) || query.ValueKind != JsonValueKind.String)
        {
            problem = "The request must have a \"query\" string.";
            return false;
        }

        string? operationName = null;
        if (payload.TryGetProperty("operationName", out JsonElement name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                problem = "\"operationName\" must be a string or null.";
                return false;
            }

            operationName = name.GetString();
        }

        if (!TryReadMap(payload, "variables", out IReadOnlyDictionary<string, object?>? variables, ref problem)
            || !TryReadMap(payload, "extensions", out IReadOnlyDictionary<string, object?>? extensions, ref problem))
        {
            return false;
        }

        request = new GraphQLRequest { Query = query.GetString()!, OperationName = operationName, Variables = variables, Extensions = extensions };
        return true;
    }

    /// <summary>Reads an optional map-valued property: absent or null → null; an object → its members; anything else fails.</summary>
    public static bool TryReadMap(JsonElement payload, string property, out IReadOnlyDictionary<string, object?>? map, ref string problem)
    {
        map = null;
        if (!payload.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = $"\"{property}\" must be an object or null.";
            return false;
        }

        map = ToMap(value);
        return true;
    }

    /// <summary>The members of a JSON object as detached elements.</summary>
    public static Dictionary<string, object?> ToMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty member in value.EnumerateObject())
        {
            map[member.Name] = member.Value.Clone();
        }

        return map;
    }
}
