using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Values;

/// <summary>Spec 5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
internal sealed class InputObjectFieldNames : ValidationRule
{
    private readonly InvalidValueRegion _invalid = new();

    public override string Id => "ValuesOfCorrectType";

    public static string Message(string fieldName, string typeName, string suggestion) =>
        $"Field \"{fieldName}\" is not defined by type \"{typeName}\"." + suggestion;

    public override void EnterValue(ValueNode node, ValidationContext context) => _invalid.Enter(node, context.TypeInfo);

    public override void LeaveValue(ValueNode node, ValidationContext context) => _invalid.Leave(node);

    public override void EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
        if (!_invalid.IsInside
            && context.TypeInfo.InputType is null
            && context.TypeInfo.ParentInputType?.Named is InputObjectType parentType)
        {
            string suggestion = Suggestions.DidYouMean(Suggestions.List(node.Name.Value, parentType.Fields.Keys));
            context.ReportError(Id, Message(node.Name.Value, parentType.Name, suggestion), node);
        }
    }
}
