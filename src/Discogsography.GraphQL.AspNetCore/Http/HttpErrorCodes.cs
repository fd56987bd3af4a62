namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>The <c>extensions.code</c> values GraphQL over HTTP writes for requests it refuses before execution.</summary>
public static class HttpErrorCodes
{
    /// <summary>The body is not JSON, or not a JSON object.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A request parameter has the wrong type (query not a string, variables not a map, ...).</summary>
    public const string InvalidParameter = "INVALID_PARAMETER";

    /// <summary>The request carries no <c>query</c> (and no persisted query hash).</summary>
    public const string MissingQuery = "MISSING_QUERY";

    /// <summary>The body is larger than <see cref="GraphQLServerOptions.MaxRequestBytes"/>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request's Content-Type or charset is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The request's Accept allows no response type the endpoint writes.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The HTTP method is not allowed (a mutation over GET, a method other than GET and POST).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A subscription sent over plain HTTP; it needs a WebSocket or <c>text/event-stream</c>.</summary>
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";

    /// <summary>No automatically persisted or trusted document has the hash the request names.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The request's document is not a trusted document and the endpoint runs trusted documents only.</summary>
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";

    /// <summary>The SHA-256 the request names is not the hash of the document it sends.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary><c>extensions.persistedQuery</c> is malformed or names a version other than 1.</summary>
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";
}
