namespace Discogsography.GraphQL.AspNetCore.WebSockets.TransportWs;

/// <summary>Server → client: <c>{ id, type: "error", payload: GraphQLError[] }</c>: the operation failed before execution; no <c>complete</c> follows.</summary>
internal static class ErrorMessage
{
    public const string Type = "error";

    public static ReadOnlyMemory<byte> Create(string id, IReadOnlyList<GraphQLError> errors) => ProtocolJson.Message(Type, id, errors);
}
