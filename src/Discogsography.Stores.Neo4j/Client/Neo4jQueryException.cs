namespace Discogsography.Stores.Neo4j.Client;

/// <summary>
/// Neo4j refused a request (a syntax error, a constraint violation, bad credentials, an unknown transaction).
/// Carries Neo4j's status code (e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>) and message.
/// </summary>
internal sealed class Neo4jQueryException : Exception
{
    public Neo4jQueryException(string code, string message, int httpStatus)
        : base($"{code}: {message}")
    {
        Code = code;
        Neo4jMessage = message;
        HttpStatus = httpStatus;
    }

    /// <summary>Neo4j's status code, <c>Neo.[Classification].[Category].[Title]</c>.</summary>
    public string Code { get; }

    /// <summary>Neo4j's message as sent.</summary>
    public string Neo4jMessage { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public int HttpStatus { get; }

    /// <summary>True for <c>Neo.TransientError.*</c> (deadlocks, memory pressure, leader switches): the same work may succeed later.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    /// <summary>True for <c>Neo.ClientError.*</c>: the request itself is at fault.</summary>
    public bool IsClientError => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);
}
