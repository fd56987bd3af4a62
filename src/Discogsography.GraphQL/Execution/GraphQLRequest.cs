namespace Discogsography.GraphQL.Execution;

/// <summary>One GraphQL request as a transport receives it (GraphQL over HTTP, WebSocket <c>subscribe</c>, SSE).</summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text.</summary>
    public required string Query { get; init; }

    /// <summary>The operation to run when the document holds several.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// The raw variable values by name: <see cref="System.Text.Json.JsonElement"/>s as a transport parsed them, or plain
    /// runtime values (strings, numbers, booleans, lists, string-keyed maps, null). Coerced against the operation's
    /// variable definitions before execution.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> map, passed to resolvers through the context data.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
