using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Operations;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the only operation.</summary>
internal sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operationCount;

    public override string Id => "LoneAnonymousOperation";

    public static string Message() => "This anonymous operation must be the only defined operation.";

    public override void EnterDocument(DocumentNode node, ValidationContext context) =>
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError(Id, Message(), node);
        }
    }
}
