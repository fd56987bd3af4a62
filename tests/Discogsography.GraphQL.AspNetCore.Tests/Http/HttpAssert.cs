using System.Net;
using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

/// <summary>Reads a GraphQL response and checks its status, media type and shape.</summary>
internal static class HttpAssert
{
    public static async Task<JsonElement> GraphQLAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType = "application/json")
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType = "application/json")
    {
        JsonElement body = await GraphQLAsync(response, status, mediaType);
        Assert.False(body.TryGetProperty("data", out _), "A refused request has no data entry.");
        return body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
    }
}
