namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Server → client: <c>{ type: "connection_error", payload: { message } }</c>: the connection was refused; the server closes it.</summary>
internal static class ConnectionErrorMessage
{
    public const string Type = "connection_error";

    public static ReadOnlyMemory<byte> Create(string message) =>
        ProtocolJson.Message(Type, null, message, static (writer, text) =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", text);
            writer.WriteEndObject();
        });
}
