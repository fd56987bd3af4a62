using System.Diagnostics.CodeAnalysis;
using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Client → server: <c>{ id, type: "start", payload: { query, operationName?, variables?, extensions? } }</c>.</summary>
internal static class StartMessage
{
    public const string Type = "start";

    /// <summary>False (with the reason) when the id is missing or the payload is not a request.</summary>
    public static bool TryRead(ProtocolMessage message, [NotNullWhen(true)] out GraphQLRequest? request, out string problem)
    {
        request = null;
        if (string.IsNullOrEmpty(message.Id))
        {
            problem = "The message must have an \"id\".";
            return false;
        }

        return GraphQLRequestJson.TryRead(message.Payload, out request!, out problem);
    }
}
