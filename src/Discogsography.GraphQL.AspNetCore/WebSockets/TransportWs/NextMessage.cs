using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>Server → client: <c>{ id, type: "next", payload: ExecutionResult }</c>, one per result.</summary>
internal static class NextMessage
{
    public const string Type = "next";

    public static ReadOnlyMemory<byte> Create(string id, ExecutionResult result) => ProtocolJson.Message(Type, id, result);
}
