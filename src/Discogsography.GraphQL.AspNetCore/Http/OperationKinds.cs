using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// The kind of operation a request would run, known before execution so the transport can refuse a mutation over GET
/// or a subscription over plain HTTP. Null when the document does not parse or names no operation it holds: execution
/// then reports that error itself.
/// </summary>
internal static class OperationKinds
{
    public static OperationType? Find(IRequestExecutor executor, GraphQLRequest request)
    {
        if (executor is RequestExecutor known)
        {
            return known.TryGetOperationType(request, out OperationType kind) ? kind : null;
        }

        try
        {
            OperationDefinitionNode[] operations = [.. Parser.Parse(request.Query).Definitions.OfType<OperationDefinitionNode>()];
            OperationDefinitionNode? chosen = request.OperationName is null
                ? (operations.Length == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.Value == request.OperationName);
            return chosen?.Operation;
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }
    }
}
