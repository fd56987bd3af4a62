using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Variables;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation defines each variable at most once.</summary>
internal sealed class VariableUniqueness : ValidationRule
{
    public override string Id => "UniqueVariableNames";

    public static string Message(string variableName) => $"There can be only one variable named \"${variableName}\".";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        foreach (IGrouping<string, VariableDefinitionNode> group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                context.ReportError(Id, Message(group.Key), [.. group.Select(v => v.Variable.Name)]);
            }
        }
    }
}
