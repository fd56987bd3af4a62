using Microsoft.Extensions.Logging;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>Log messages of GraphQL over HTTP (event ids 4100–4199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "GraphQL request refused with {StatusCode} ({Code}): {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string code, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "GraphQL request aborted by the client before its response")]
    public static partial void RequestAborted(ILogger logger);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Loaded {Count} trusted documents from {Directory}")]
    public static partial void TrustedDocumentsLoaded(ILogger logger, int count, string directory);
}
