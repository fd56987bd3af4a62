namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>What <see cref="WebSocketConnection.ReceiveAsync"/> got.</summary>
internal enum ReceiveStatus
{
    /// <summary>A whole text message.</summary>
    Text,

    /// <summary>A binary message, which neither protocol allows.</summary>
    Binary,

    /// <summary>A message over the size limit.</summary>
    TooBig,

    /// <summary>The peer closed the socket, it failed, or the server closed it.</summary>
    Closed,
}
