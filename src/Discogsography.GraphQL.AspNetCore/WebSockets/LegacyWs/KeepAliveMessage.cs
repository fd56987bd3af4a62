namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Server → client: <c>{ type: "ka" }</c>, right after the acknowledgement and then periodically.</summary>
internal static class KeepAliveMessage
{
    public const string Type = "ka";

    public static ReadOnlyMemory<byte> Create() => ProtocolJson.Message(Type);
}
