using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>Both ways: <c>{ type: "pong", payload?: object }</c>, the answer to <c>ping</c> echoing its payload, or unsolicited.</summary>
internal static class PongMessage
{
    public const string Type = "pong";

    public static ReadOnlyMemory<byte> Create(JsonElement pingPayload) => ProtocolJson.Message(Type, null, pingPayload);
}
