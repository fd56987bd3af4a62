namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>Client → server, first: <c>{ type: "connection_init", payload?: object }</c>; the payload goes to the connect hook.</summary>
internal static class ConnectionInitMessage
{
    public const string Type = "connection_init";
}
