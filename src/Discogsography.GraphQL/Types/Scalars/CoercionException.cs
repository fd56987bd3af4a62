namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>A value could not be coerced to or from a GraphQL type; the message says which value and why.</summary>
public sealed class CoercionException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public CoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public CoercionException()
    {
    }
}
