using System.Text.Json;

namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>One request the fake Query API server received.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string? Authorization,
    string? Accept,
    string? ContentType,
    string? ClusterAffinity,
    string Body)
{
    /// <summary>The request body as JSON (an empty object for an empty body).</summary>
    public JsonElement Json => Body.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The Cypher text sent, if any.</summary>
    public string? Statement => Json.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>The name of the embedded statement whose text was sent (null for text no file holds).</summary>
    public string? StatementName => Statement is { } text ? FakeQueryApiServer.NameOf(text) : null;

    /// <summary>The parameters sent (an empty object when none).</summary>
    public JsonElement Parameters => Json.TryGetProperty("parameters", out var p) ? p : JsonDocument.Parse("{}").RootElement;
}
