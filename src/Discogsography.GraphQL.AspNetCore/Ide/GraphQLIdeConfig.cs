using System.Text.Json.Serialization;

namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>The <c>bcp-config.json</c> Banana Cake Pop reads next to its page: the endpoint, the title, no telemetry.</summary>
internal sealed record GraphQLIdeConfig
{
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("useBrowserUrlAsEndpoint")]
    public required bool UseBrowserUrlAsEndpoint { get; init; }

    [JsonPropertyName("endpoint")]
    public required string Endpoint { get; init; }

    [JsonPropertyName("subscriptionProtocol")]
    public required string SubscriptionProtocol { get; init; }

    [JsonPropertyName("disableTelemetry")]
    public required bool DisableTelemetry { get; init; }
}

/// <summary>Source-generated serialization of <see cref="GraphQLIdeConfig"/>.</summary>
[JsonSerializable(typeof(GraphQLIdeConfig))]
internal sealed partial class GraphQLIdeJsonContext : JsonSerializerContext;
