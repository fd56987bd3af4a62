namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>
/// Both ways: <c>{ id, type: "complete" }</c>. From the server: the operation ended. From the client: stop it (the
/// subscription's source is cancelled) and send nothing more for that id.
/// </summary>
internal static class CompleteMessage
{
    public const string Type = "complete";

    public static ReadOnlyMemory<byte> Create(string id) => ProtocolJson.Message(Type, id);
}
