using System.Net.Http.Headers;
using System.Text;

namespace Discogsography.Stores.Neo4j.Client;

internal sealed partial class Neo4jQueryClient
{
    /// <summary>
    /// Sends one request and reads its answer. A Neo4j error in the answer becomes <see cref="Neo4jQueryException"/>;
    /// no answer at all (refused connection, timeout) or a server failure without a Neo4j error becomes
    /// <see cref="Neo4jUnavailableException"/>.
    /// </summary>
    internal async Task<QueryResponse> SendAsync(HttpMethod method, string url, byte[]? body, string? clusterAffinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        request.Headers.Authorization = _authorization;
        if (clusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, clusterAffinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        HttpResponseMessage response;
        byte[] answer;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jUnavailableException($"Neo4j at {_options.Address} cannot be reached: {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jUnavailableException($"Neo4j at {_options.Address} did not answer within {_options.RequestTimeout}.", exception);
        }

        using (response)
        {
            return Interpret(response, answer);
        }
    }

    private static QueryResponse Interpret(HttpResponseMessage response, byte[] answer)
    {
        var status = (int)response.StatusCode;
        QueryResponse parsed;
        try
        {
            parsed = QueryResponse.Parse(answer);
        }
        catch (Exception exception) when (exception is FormatException or System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException)
        {
            var snippet = Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 200));
            if (status >= 500 || response.IsSuccessStatusCode)
            {
                throw new Neo4jUnavailableException($"Neo4j answered HTTP {status} with a body that is not a Query API answer: {snippet}", exception);
            }

            throw new Neo4jQueryException($"HTTP.{status}", snippet, status);
        }

        if (parsed.ErrorCode is not null)
        {
            throw new Neo4jQueryException(parsed.ErrorCode, parsed.ErrorMessage ?? string.Empty, status);
        }

        if (!response.IsSuccessStatusCode)
        {
            if (status >= 500)
            {
                throw new Neo4jUnavailableException($"Neo4j answered HTTP {status} ({response.ReasonPhrase}) without an error object.");
            }

            throw new Neo4jQueryException($"HTTP.{status}", response.ReasonPhrase ?? string.Empty, status);
        }

        var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return parsed with { ClusterAffinity = affinity };
    }
}
