using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>How a protocol turns the outcome of one operation into its messages.</summary>
internal interface IOperationObserver
{
    /// <summary>One result: the only one of a query or mutation, or one per subscription event.</summary>
    ValueTask NextAsync(string id, ExecutionResult result);

    /// <summary>The request failed before execution (syntax, validation, variables); nothing follows.</summary>
    ValueTask ErrorAsync(string id, IReadOnlyList<GraphQLError> errors);

    /// <summary>The operation ended by itself after its last result.</summary>
    ValueTask CompleteAsync(string id);

    /// <summary>The operation threw unexpectedly.</summary>
    ValueTask FailAsync(string id, Exception exception);
}
