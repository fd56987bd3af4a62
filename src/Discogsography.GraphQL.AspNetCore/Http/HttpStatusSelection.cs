using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// The status code of an executed request. By default what graphql-http 1.23.1's audits expect: <c>application/json</c>
/// answers 200 even for request errors, <c>application/graphql-response+json</c> answers 400 for them. With
/// <see cref="GraphQLServerOptions.UseDraft2026StatusCodes"/> both answer 422 for validation, operation selection and
/// variable coercion failures, and graphql-response+json answers 294 for partial results.
/// </summary>
internal static class HttpStatusSelection
{
    public const int PartialSuccess = 294;

    public static int For(ExecutionResult result, ResponseMediaType mediaType, bool draft2026)
    {
        if (result.IsRequestError)
        {
            if (mediaType == ResponseMediaType.Json && !draft2026)
            {
                return StatusCodes.Status200OK;
            }

            string? code = result.Errors.Count > 0 ? result.Errors[0].Code : null;
            return code switch
            {
                ExecutionErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
                ErrorCodes.ValidationFailed or ExecutionErrorCodes.InvalidVariable or ExecutionErrorCodes.OperationNotFound when draft2026
                    => StatusCodes.Status422UnprocessableEntity,
                _ => StatusCodes.Status400BadRequest,
            };
        }

        return draft2026 && mediaType == ResponseMediaType.GraphQLResponseJson && result.Errors.Count > 0
            ? PartialSuccess
            : StatusCodes.Status200OK;
    }
}
