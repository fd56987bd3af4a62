using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Sse;

/// <summary>Log messages of the SSE transport (event ids 4200–4299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Debug, Message = "GraphQL SSE client disconnected before completion")]
    public static partial void ClientDisconnected(ILogger logger);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "GraphQL SSE stream failed")]
    public static partial void StreamFailed(ILogger logger, Exception exception);
}
