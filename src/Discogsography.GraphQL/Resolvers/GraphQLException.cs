namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// Thrown by a resolver to report a field error that clients may see: its message, <see cref="Code"/> and
/// <see cref="Extensions"/> are written to the response as they are, never masked.
/// </summary>
public sealed class GraphQLException : Exception
{
    /// <summary>Creates the exception with a message and an <c>extensions.code</c>.</summary>
    public GraphQLException(string message, string code)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates the exception with a message, a code and further extension entries.</summary>
    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?> extensions)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>Creates the exception with a message and the code <c>BAD_REQUEST</c>.</summary>
    public GraphQLException(string message)
        : this(message, "BAD_REQUEST")
    {
    }

    /// <summary>Creates the exception with a message, a code and its cause (the cause is never shown).</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "BAD_REQUEST";
    }

    /// <summary>Creates the exception without a message.</summary>
    public GraphQLException()
        : this("Bad request.")
    {
    }

    /// <summary>The stable code written as <c>extensions.code</c>.</summary>
    public string Code { get; } = "BAD_REQUEST";

    /// <summary>Further <c>extensions</c> entries, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception as an error at no path yet (the executor adds path and locations).</summary>
    public GraphQLError ToError() => new(Message, Code) { Extensions = Extensions };
}
