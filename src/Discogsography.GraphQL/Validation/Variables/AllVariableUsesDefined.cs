using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Variables;

/// <summary>Spec 5.8.3 All Variable Uses Defined: every variable an operation uses, through its fragments too, is defined by it.</summary>
internal sealed class AllVariableUsesDefined : ValidationRule
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override string Id => "NoUndefinedVariables";

    public static string Message(string variableName, string? operationName) => operationName is null
        ? $"Variable \"${variableName}\" is not defined."
        : $"Variable \"${variableName}\" is not defined by operation \"{operationName}\".";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => _defined.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => _defined.Add(node.Variable.Name.Value);

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        foreach (VariableUsage usage in context.GetRecursiveVariableUsages(node))
        {
            if (!_defined.Contains(usage.Node.Name.Value))
            {
                context.ReportError(Id, Message(usage.Node.Name.Value, node.Name?.Value), usage.Node, node);
            }
        }
    }
}
