namespace Discogsography.GraphQL;

/// <summary>The stable <c>extensions.code</c> values the engine writes. Transports and resolvers add their own.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not syntactically valid GraphQL.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed a validation rule (spec section 5).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
}
