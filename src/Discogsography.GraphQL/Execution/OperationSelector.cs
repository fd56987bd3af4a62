using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Execution;

/// <summary>Stage 4 of the pipeline, the spec's GetOperation: the operation named in the request, or the only one.</summary>
internal static class OperationSelector
{
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? found = null;
        int count = 0;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? count == 1 : operation.Name?.Value == operationName)
            {
                found ??= operation;
            }
        }

        error = (found, operationName, count) switch
        {
            (null, null, 0) => new GraphQLError("Must provide an operation.", ExecutionErrorCodes.OperationNotFound),
            (null, not null, _) => new GraphQLError($"Unknown operation named \"{operationName}\".", ExecutionErrorCodes.OperationNotFound),
            (_, null, > 1) => new GraphQLError("Must provide operation name if query contains multiple operations.", ExecutionErrorCodes.OperationNotFound),
            _ => null,
        };
        return error is null ? found : null;
    }
}
