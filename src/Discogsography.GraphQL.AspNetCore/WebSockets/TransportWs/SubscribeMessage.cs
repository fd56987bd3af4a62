using System.Diagnostics.CodeAnalysis;
using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>Client → server: <c>{ id, type: "subscribe", payload: { query, operationName?, variables?, extensions? } }</c>.</summary>
internal static class SubscribeMessage
{
    public const string Type = "subscribe";

    /// <summary>False when the id is missing or empty or the payload is not a request.</summary>
    public static bool TryRead(ProtocolMessage message, [NotNullWhen(true)] out string? id, [NotNullWhen(true)] out GraphQLRequest? request)
    {
        id = string.IsNullOrEmpty(message.Id) ? null : message.Id;
        request = null;
        return id is not null && GraphQLRequestJson.TryRead(message.Payload, out request, out _);
    }
}
