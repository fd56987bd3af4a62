using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Operations;

/// <summary>Spec 5.2.1.1 Operation Type Existence: the schema must have a root type for each operation's type.</summary>
internal sealed class OperationTypeExistence : ValidationRule
{
    public override string Id => "KnownOperationTypes";

    public static string Message(string operation) => $"The {operation} operation is not supported by the schema.";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        string operation = TypeInfo.OperationName(node.Operation);
        if (context.Schema.GetRootType(operation) is null)
        {
            context.ReportError(Id, Message(operation), node);
        }
    }
}
