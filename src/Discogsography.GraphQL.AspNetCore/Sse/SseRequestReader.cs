using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.WebSockets;
using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.Sse;

/// <summary>Reads the GraphQL request of an SSE request: a JSON body (POST) or the query string (GET).</summary>
internal static class SseRequestReader
{
    /// <summary>The request, or null with the reason it cannot be read.</summary>
    public static async Task<(GraphQLRequest? Request, string Problem)> ReadAsync(HttpRequest http, int maxBytes)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadQueryString(http.Query);
        }

        if (http.ContentLength > maxBytes)
        {
            return (null, $"The request body exceeds {maxBytes} bytes.");
        }

        if (http.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The request body must be application/json.");
        }

        try
        {
            using JsonDocument body = await JsonDocument.ParseAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted).ConfigureAwait(false);
            return GraphQLRequestJson.TryRead(body.RootElement, out GraphQLRequest request, out string problem) ? (request, "") : (null, problem);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON.");
        }
    }

    private static (GraphQLRequest? Request, string Problem) ReadQueryString(IQueryCollection query)
    {
        if (query["query"].Count != 1 || string.IsNullOrEmpty(query["query"][0]))
        {
            return (null, "The request must have one \"query\" parameter.");
        }

        string problem = "";
        if (!TryReadJsonMap(query, "variables", out IReadOnlyDictionary<string, object?>? variables, ref problem)
            || !TryReadJsonMap(query, "extensions", out IReadOnlyDictionary<string, object?>? extensions, ref problem))
        {
            return (null, problem);
        }

        string? operationName = query["operationName"].Count > 0 && !string.IsNullOrEmpty(query["operationName"][0]) ? query["operationName"][0] : null;
        return (new GraphQLRequest { Query = query["query"][0]!, OperationName = operationName, Variables = variables, Extensions = extensions }, "");
    }

    private static bool TryReadJsonMap(IQueryCollection query, string name, out IReadOnlyDictionary<string, object?>? map, ref string problem)
    {
        map = null;
        if (query[name].Count == 0 || string.IsNullOrEmpty(query[name][0]))
        {
            return true;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(query[name][0]!);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"\"{name}\" must be a JSON object.";
                return false;
            }

            map = GraphQLRequestJson.ToMap(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            problem = $"\"{name}\" is not valid JSON.";
            return false;
        }
    }
}
