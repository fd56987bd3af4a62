using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// Field errors (spec 6.4.4): each carries the field's locations and full response path. Unexpected exceptions are masked
/// unless exception details are on; <see cref="GraphQLException"/>s keep their message, code and extensions.
/// </summary>
internal sealed partial class OperationExecution
{
    private const string MaskedMessage = "Unexpected Execution Error";

    /// <summary>Records a resolver's exception; returns what the field completes to (null, or <see cref="Propagate"/> when non-null).</summary>
    private object? FieldError(Exception exception, FieldPlan field, PendingPath at)
    {
        GraphQLError error;
        if (exception is GraphQLException graphQLException)
        {
            error = graphQLException.ToError();
        }
        else
        {
            error = _options.IncludeExceptionDetails
                ? new GraphQLError(exception.Message, ExecutionErrorCodes.InternalServerError)
                {
                    Extensions = new Dictionary<string, object?>
                    {
                        ["exception"] = new Dictionary<string, object?>
                        {
                            ["type"] = exception.GetType().FullName,
                            ["stackTrace"] = exception.StackTrace,
                        },
                    },
                }
                : new GraphQLError(MaskedMessage, ExecutionErrorCodes.InternalServerError);
        }

        error = error with { Path = at.Build().ToList(), Locations = field.Locations };
        if (exception is not GraphQLException)
        {
            _options.OnUnexpectedError?.Invoke(exception, error);
        }

        AddError(error);
        return field.Type is Types.NonNullType ? Propagate : null;
    }

    /// <summary>Records an error completing a value; returns <see cref="Propagate"/> (the caller decides whether it becomes null).</summary>
    private object ResultError(string message, FieldPlan field, PendingPath at)
    {
        AddError(new GraphQLError(message, ExecutionErrorCodes.InvalidResult) { Path = at.Build().ToList(), Locations = field.Locations });
        return Propagate;
    }
}
