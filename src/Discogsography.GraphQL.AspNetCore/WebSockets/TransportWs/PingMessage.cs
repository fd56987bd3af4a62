namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>Both ways, at any time: <c>{ type: "ping", payload?: object }</c>; the receiver answers <c>pong</c>. The server sends it as keep-alive.</summary>
internal static class PingMessage
{
    public const string Type = "ping";

    public static ReadOnlyMemory<byte> Create() => ProtocolJson.Message(Type);
}
