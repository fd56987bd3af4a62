namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>
/// Server → client: <c>{ id, type: "error", payload: GraphQLError[] }</c>: the operation failed before execution, or the
/// message could not be served (an unknown type, a start before the acknowledgement).
/// </summary>
internal static class ErrorMessage
{
    public const string Type = "error";

    public static ReadOnlyMemory<byte> Create(string? id, IReadOnlyList<GraphQLError> errors) => ProtocolJson.Message(Type, id, errors);

    public static ReadOnlyMemory<byte> Create(string? id, string message) => Create(id, [new GraphQLError(message)]);
}
