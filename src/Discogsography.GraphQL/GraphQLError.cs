namespace Discogsography.GraphQL;

/// <summary>
/// An error as a GraphQL response carries it (spec section 7): a message, the document locations it refers to,
/// the response path of an execution error, and an <c>extensions</c> map with at least a stable <c>code</c>.
/// Shared by validation, execution and the transports.
/// </summary>
public sealed record GraphQLError
{
    /// <summary>Creates an error with a message and an <c>extensions.code</c>.</summary>
    public GraphQLError(string message, string? code = null)
    {
        Message = message;
        Code = code;
    }

    /// <summary>The human-readable description of the error.</summary>
    public string Message { get; init; }

    /// <summary>The stable machine-readable code, written as <c>extensions.code</c> (e.g. <c>GRAPHQL_VALIDATION_FAILED</c>).</summary>
    public string? Code { get; init; }

    /// <summary>The locations in the request document the error refers to (1-based line and column).</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; init; } = [];

    /// <summary>The response path of an execution error: field response names (strings) and list indices (ints); null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Further entries of the <c>extensions</c> map besides <c>code</c>; values are JSON-serializable.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}

/// <summary>A 1-based line and column in a GraphQL document, as written in an error's <c>locations</c>.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column (UTF-16 code units, as graphql-js counts).</param>
public readonly record struct ErrorLocation(int Line, int Column);
