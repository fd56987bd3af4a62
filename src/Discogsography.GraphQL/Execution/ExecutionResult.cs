namespace Discogsography.GraphQL.Execution;

/// <summary>
/// The response to a request (spec section 7): <c>errors</c>, <c>data</c> and <c>extensions</c>. A request error
/// (syntax, validation, operation selection, variable coercion) has errors and no <c>data</c> entry at all; an execution
/// has <c>data</c> (possibly null) and the field errors it met. A subscription that started has <see cref="Stream"/>.
/// </summary>
public sealed partial class ExecutionResult
{
    /// <summary>The <c>data</c> entry: a <see cref="ResultMap"/>, or null when a non-null root field failed.</summary>
    public object? Data { get; init; }

    /// <summary>True when the response carries a <c>data</c> entry (false for request errors).</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, in the order they were met.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>The <c>extensions</c> entry, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>For a subscription that started: one result per source event, until the consumer stops or the source ends.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>True when this is a request error: errors and no <c>data</c>.</summary>
    public bool IsRequestError => !HasData && Stream is null;

    /// <summary>A request error result.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>A request error result with one error.</summary>
    public static ExecutionResult FromError(GraphQLError error) => new() { Errors = [error] };
}
