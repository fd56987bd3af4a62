namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Server → client: <c>{ id, type: "complete" }</c>: the operation ended by itself.</summary>
internal static class CompleteMessage
{
    public const string Type = "complete";

    public static ReadOnlyMemory<byte> Create(string id) => ProtocolJson.Message(Type, id);
}
