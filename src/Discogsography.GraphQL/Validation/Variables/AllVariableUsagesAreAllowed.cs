using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Variables;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in. A nullable
/// variable may stand at a non-null position only when the variable or the position has a default value; a variable
/// giving a field of a OneOf input object must be non-null.
/// </summary>
internal sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override string Id => "VariablesInAllowedPosition";

    public static string Message(string variableName, GraphQLType variableType, GraphQLType locationType) =>
        $"Variable \"${variableName}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".";

    public static string OneOfMessage(string variableName, GraphQLType variableType, string oneOfType) =>
        $"Variable \"${variableName}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfType}\".";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => _definitions.Clear();

    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) =>
        _definitions[node.Variable.Name.Value] = node;

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        foreach (VariableUsage usage in context.GetRecursiveVariableUsages(node))
        {
            string name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out VariableDefinitionNode? definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            GraphQLType? variableType = TypeRelations.FromSyntax(context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.LocationHasDefault))
            {
                context.ReportError(Id, Message(name, variableType, locationType), definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not (null or NonNullType))
            {
                context.ReportError(Id, OneOfMessage(name, variableType!, oneOf.Name), definition, usage.Node);
            }
        }
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            bool hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullVariableDefault || locationHasDefault) && TypeRelations.IsSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeRelations.IsSubTypeOf(schema, variableType, locationType);
    }
}
