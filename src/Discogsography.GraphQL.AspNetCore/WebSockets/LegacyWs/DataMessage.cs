using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Server → client: <c>{ id, type: "data", payload: ExecutionResult }</c>, one per result.</summary>
internal static class DataMessage
{
    public const string Type = "data";

    public static ReadOnlyMemory<byte> Create(string id, ExecutionResult result) => ProtocolJson.Message(Type, id, result);
}
