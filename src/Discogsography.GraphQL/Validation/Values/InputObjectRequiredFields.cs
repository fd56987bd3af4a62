using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Values;

/// <summary>Spec 5.6.4 Input Object Required Fields: an input object literal gives every non-null field that has no default.</summary>
internal sealed class InputObjectRequiredFields : ValidationRule
{
    private readonly InvalidValueRegion _invalid = new();

    public override string Id => "ValuesOfCorrectType";

    public static string Message(string typeName, string fieldName, GraphQLType type) =>
        $"Field \"{typeName}.{fieldName}\" of required type \"{type}\" was not provided.";

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (_invalid.IsInside || _invalid.Enter(node, context.TypeInfo))
        {
            return;
        }

        if (node is ObjectValueNode objectValue && context.TypeInfo.InputType?.Named is InputObjectType type)
        {
            foreach (InputField field in type.Fields.Values)
            {
                if (field.IsRequired && !objectValue.Fields.Any(f => f.Name.Value == field.Name))
                {
                    context.ReportError(Id, Message(type.Name, field.Name, field.Type), node);
                }
            }
        }
    }

    public override void LeaveValue(ValueNode node, ValidationContext context) => _invalid.Leave(node);
}
