using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation;

/// <summary>Walks one definition with its own type information and records each variable with the type expected where it is used.</summary>
internal static class VariableUsageCollector
{
    public static void Collect(Schema schema, ExecutableDefinitionNode definition, List<VariableUsage> usages) =>
        Visit(definition, new TypeInfo(schema), usages);

    private static void Visit(SyntaxNode node, TypeInfo typeInfo, List<VariableUsage> usages)
    {
        if (node is VariableDefinitionNode)
        {
            return;
        }

        typeInfo.Enter(node);
        if (node is VariableNode variable)
        {
            usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
        }
        else
        {
            foreach (SyntaxNode child in node.GetChildren())
            {
                Visit(child, typeInfo, usages);
            }
        }

        typeInfo.Leave(node);
    }
}
