using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>Log messages of the WebSocket transports (event ids 4100–4199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "GraphQL WebSocket opened with subprotocol {Subprotocol}")]
    public static partial void SocketOpened(ILogger logger, string subprotocol);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "GraphQL WebSocket refused: no acceptable subprotocol in {Offered}")]
    public static partial void SubprotocolRefused(ILogger logger, string offered);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "GraphQL WebSocket closed with {CloseCode}: {Reason}")]
    public static partial void SocketClosed(ILogger logger, int closeCode, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "GraphQL WebSocket connection rejected by the connect hook")]
    public static partial void ConnectionRejected(ILogger logger);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "GraphQL WebSocket operation {OperationId} failed")]
    public static partial void OperationFailed(ILogger logger, string operationId, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "GraphQL WebSocket connect hook failed")]
    public static partial void ConnectHookFailed(ILogger logger, Exception exception);
}
