using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) from a
/// GET query string or an <c>application/json</c> POST body in UTF-8, refusing what the spec calls not well-formed.
/// </summary>
internal static class HttpRequestReader
{
    /// <summary>Reads a GET request's query string; <c>variables</c> and <c>extensions</c> are URL-encoded JSON.</summary>
    public static HttpRequestError? ReadQueryString(IQueryCollection parameters, HttpGraphQLRequest request)
    {
        if (!TryGetSingle(parameters, "query", out string? query, out HttpRequestError? error)
            || !TryGetSingle(parameters, "operationName", out string? operationName, out error)
            || !TryGetSingle(parameters, "variables", out string? variables, out error)
            || !TryGetSingle(parameters, "extensions", out string? extensions, out error))
        {
            return error;
        }

        request.Query = query;
        request.OperationName = operationName;
        error = ReadJsonMap(variables, "variables", request, out Dictionary<string, object?>? variableMap)
            ?? ReadJsonMap(extensions, "extensions", request, out Dictionary<string, object?>? extensionMap)
            ?? ApplyExtensions(request, extensionMap);
        request.Variables = variableMap;
        return error;
    }

    /// <summary>Checks the Content-Type of a POST: <c>application/json</c>, in UTF-8 when a charset is named.</summary>
    public static HttpRequestError? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, "A POST request must have the Content-Type application/json.", HttpErrorCodes.UnsupportedMediaType);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType)
            || !mediaType.MediaType.Equals(AcceptNegotiation.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, $"The Content-Type '{contentType}' is not supported; send application/json.", HttpErrorCodes.UnsupportedMediaType);
        }

        StringSegment charset = mediaType.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, $"The charset '{charset}' is not supported; send UTF-8.", HttpErrorCodes.UnsupportedMediaType);
        }

        return null;
    }

    /// <summary>Reads a POST body of at most <paramref name="maxBytes"/> bytes as one JSON object of parameters.</summary>
    public static async Task<HttpRequestError?> ReadBodyAsync(HttpRequest http, long maxBytes, HttpGraphQLRequest request, CancellationToken cancellationToken)
    {
        if (http.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var body = new RentedBody();
        request.Own(body);
        if (!await body.ReadAsync(http.Body, http.ContentLength, maxBytes, cancellationToken).ConfigureAwait(false))
        {
            return TooLarge(maxBytes);
        }

        if (body.Length == 0)
        {
            return HttpRequestError.BadRequest("The request body is missing; send a JSON object with a 'query'.", HttpErrorCodes.InvalidJson);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Memory);
        }
        catch (JsonException exception)
        {
            return HttpRequestError.BadRequest($"The request body is not valid JSON: {exception.Message}", HttpErrorCodes.InvalidJson);
        }

        request.Own(document);
        return ReadParameters(document.RootElement, request);
    }

    private static HttpRequestError? ReadParameters(JsonElement body, HttpGraphQLRequest request)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return HttpRequestError.BadRequest("The request body must be a JSON object.", HttpErrorCodes.InvalidJson);
        }

        if (ReadString(body, "query", out string? query) is { } error
            || (error = ReadString(body, "operationName", out string? operationName)) is not null
            || (error = ReadMap(body, "variables", out Dictionary<string, object?>? variables)) is not null
            || (error = ReadMap(body, "extensions", out Dictionary<string, object?>? extensions)) is not null)
        {
            return error;
        }

        request.Query = query;
        request.OperationName = operationName;
        request.Variables = variables;
        return ApplyExtensions(request, extensions);
    }

    private static HttpRequestError? ReadString(JsonElement body, string name, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return HttpRequestError.InvalidParameter($"The '{name}' parameter must be a string, not {Describe(element)}.");
        }

        value = element.GetString();
        return null;
    }

    private static HttpRequestError? ReadMap(JsonElement body, string name, out Dictionary<string, object?>? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out JsonElement element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return HttpRequestError.InvalidParameter($"The '{name}' parameter must be a map (a JSON object), not {Describe(element)}.");
        }

        value = HttpGraphQLRequest.ToMap(element);
        return null;
    }

    private static HttpRequestError? ReadJsonMap(string? text, string name, HttpGraphQLRequest request, out Dictionary<string, object?>? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return HttpRequestError.InvalidParameter($"The '{name}' parameter must be URL-encoded JSON: {exception.Message}");
        }

        request.Own(document);
        if (document.RootElement.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return HttpRequestError.InvalidParameter($"The '{name}' parameter must be a map (a JSON object), not {Describe(document.RootElement)}.");
        }

        value = HttpGraphQLRequest.ToMap(document.RootElement);
        return null;
    }

    /// <summary>Keeps the extensions and reads <c>persistedQuery</c> from them when present.</summary>
    private static HttpRequestError? ApplyExtensions(HttpGraphQLRequest request, Dictionary<string, object?>? extensions)
    {
        request.Extensions = extensions;
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out object? entry) || entry is not JsonElement persisted
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out JsonElement version)
            || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out int number) || number != 1)
        {
            return HttpRequestError.BadRequest("extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<hex>\" }: only version 1 is supported.", HttpErrorCodes.PersistedQueryInvalid);
        }

        if (!persisted.TryGetProperty("sha256Hash", out JsonElement hash) || hash.ValueKind != JsonValueKind.String
            || hash.GetString() is not { Length: 64 } hex || !hex.All(char.IsAsciiHexDigit))
        {
            return HttpRequestError.BadRequest("extensions.persistedQuery.sha256Hash must be a SHA-256 as 64 hex digits.", HttpErrorCodes.PersistedQueryInvalid);
        }

        request.PersistedQuery = new PersistedQueryReference(hex.ToLowerInvariant());
        return null;
    }

    private static bool TryGetSingle(IQueryCollection parameters, string name, out string? value, out HttpRequestError? error)
    {
        value = null;
        error = null;
        if (!parameters.TryGetValue(name, out StringValues values))
        {
            return true;
        }

        if (values.Count > 1)
        {
            error = HttpRequestError.InvalidParameter($"The '{name}' parameter must be given at most once.");
            return false;
        }

        value = string.IsNullOrEmpty(values[0]) ? null : values[0];
        return true;
    }

    private static HttpRequestError TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBytes} bytes allowed.", HttpErrorCodes.RequestTooLarge);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>A request body read into a pooled array, returned to the pool on dispose.</summary>
    private sealed class RentedBody : IDisposable
    {
        private byte[] _buffer = [];

        public int Length { get; private set; }

        public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

        /// <summary>Reads the whole body; false when it has more than <paramref name="maxBytes"/> bytes.</summary>
        public async Task<bool> ReadAsync(Stream body, long? contentLength, long maxBytes, CancellationToken cancellationToken)
        {
            _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes + 1, Math.Max(contentLength ?? 4096, 256)));
            while (true)
            {
                if (Length == _buffer.Length)
                {
                    if (Length > maxBytes)
                    {
                        return false;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes + 1, (long)_buffer.Length * 2));
                    _buffer.AsSpan(0, Length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }

                int read = await body.ReadAsync(_buffer.AsMemory(Length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return Length <= maxBytes;
                }

                Length += read;
                if (Length > maxBytes)
                {
                    return false;
                }
            }
        }

        public void Dispose()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
            }
        }
    }
}
