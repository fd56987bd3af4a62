using System.Text.Encodings.Web;
using System.Text.Json;
using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses as UTF-8 JSON straight to the response body.</summary>
internal static class GraphQLResponseWriter
{
    private static readonly JsonWriterOptions _writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static string ContentType(ResponseMediaType mediaType) => mediaType == ResponseMediaType.GraphQLResponseJson
        ? AcceptNegotiation.GraphQLResponseJson + "; charset=utf-8"
        : AcceptNegotiation.Json + "; charset=utf-8";

    public static async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, _writerOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext context, HttpRequestError error, ResponseMediaType mediaType) =>
        WriteAsync(context, error.StatusCode, mediaType == ResponseMediaType.None ? ResponseMediaType.Json : mediaType,
            ExecutionResult.FromError(new GraphQLError(error.Message, error.Code)));
}
