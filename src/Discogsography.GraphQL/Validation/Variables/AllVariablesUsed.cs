using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Variables;

/// <summary>Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or a fragment it reaches.</summary>
internal sealed class AllVariablesUsed : ValidationRule
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    public override string Id => "NoUnusedVariables";

    public static string Message(string variableName, string? operationName) => operationName is null
        ? $"Variable \"${variableName}\" is never used."
        : $"Variable \"${variableName}\" is never used in operation \"{operationName}\".";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => _definitions.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => _definitions.Add(node);

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        var used = new HashSet<string>(context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in _definitions)
        {
            if (!used.Contains(definition.Variable.Name.Value))
            {
                context.ReportError(Id, Message(definition.Variable.Name.Value, node.Name?.Value), definition);
            }
        }
    }
}
