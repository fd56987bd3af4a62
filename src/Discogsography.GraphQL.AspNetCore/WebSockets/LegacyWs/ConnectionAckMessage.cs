namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Server → client: <c>{ type: "connection_ack" }</c>, the answer to an accepted <c>connection_init</c>.</summary>
internal static class ConnectionAckMessage
{
    public const string Type = "connection_ack";

    public static ReadOnlyMemory<byte> Create() => ProtocolJson.Message(Type);
}
