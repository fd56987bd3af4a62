namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Client → server: <c>{ type: "connection_terminate" }</c>: stop everything; the server closes the socket normally.</summary>
internal static class ConnectionTerminateMessage
{
    public const string Type = "connection_terminate";
}
