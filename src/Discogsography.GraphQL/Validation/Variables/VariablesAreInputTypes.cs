using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Variables;

/// <summary>Spec 5.8.2 Variables Are Input Types: every variable's type is a scalar, enum or input object (possibly wrapped).</summary>
internal sealed class VariablesAreInputTypes : ValidationRule
{
    public override string Id => "VariablesAreInputTypes";

    public static string Message(string variableName, string type) => $"Variable \"${variableName}\" cannot be non-input type \"{type}\".";

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
        if (TypeRelations.FromSyntax(context.Schema, node.Type) is GraphQLType type && !type.IsInputType)
        {
            context.ReportError(Id, Message(node.Variable.Name.Value, SyntaxPrinter.Print(node.Type)), node.Type);
        }
    }
}
