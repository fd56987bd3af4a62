namespace Discogsography.GraphQL.Validation;

/// <summary>Stops the walk once the error cap is reached; caught by <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Too many validation errors, error limit reached. Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
