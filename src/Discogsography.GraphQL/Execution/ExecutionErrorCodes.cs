namespace Discogsography.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values execution writes.</summary>
public static class ExecutionErrorCodes
{
    /// <summary>A resolver failed unexpectedly (message masked unless exception details are on).</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The operation to run cannot be chosen: none, several without a name, or an unknown name.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>A variable value does not fit its declared type.</summary>
    public const string InvalidVariable = "BAD_USER_INPUT";

    /// <summary>A field's value cannot be completed against its type (null in a non-null position, a bad scalar, ...).</summary>
    public const string InvalidResult = "INVALID_RESULT";

    /// <summary>An argument value does not fit its type.</summary>
    public const string InvalidArgument = "BAD_USER_INPUT";

    /// <summary>The execution exceeded its time limit.</summary>
    public const string Timeout = "REQUEST_TIMEOUT";
}
