using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Validation.Values;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal can be coerced to the type of its position (nulls only where
/// nullable, scalars and enums by their literal coercion, lists and objects by shape), and a OneOf input object
/// literal has exactly one field, which is not null.
/// </summary>
internal sealed class ValuesOfCorrectType : ValidationRule
{
    private readonly InvalidValueRegion _invalid = new();

    public override string Id => "ValuesOfCorrectType";

    public static string ExpectedType(GraphQLType type, string value) => $"Expected value of type \"{type}\", found {value}.";

    public static string OneOfExactlyOneKey(string typeName) => $"OneOf Input Object \"{typeName}\" must specify exactly one key.";

    public static string OneOfNonNull(string typeName, string fieldName) => $"Field \"{typeName}.{fieldName}\" must be non-null.";

    public static string EnumNotEnumValue(EnumType type, string value) =>
        $"Enum \"{type.Name}\" cannot represent non-enum value: {value}." + EnumSuggestion(type, value);

    public static string EnumValueMissing(EnumType type, string value) =>
        $"Value \"{value}\" does not exist in \"{type.Name}\" enum." + EnumSuggestion(type, value);

    public override void EnterValue(ValueNode node, ValidationContext context)
    {
        if (_invalid.IsInside)
        {
            return;
        }

        if (_invalid.Enter(node, context.TypeInfo))
        {
            CheckLeafLiteral(node, context);
            return;
        }

        switch (node)
        {
            case NullValueNode when context.TypeInfo.InputType is NonNullType nonNull:
                context.ReportError(Id, ExpectedType(nonNull, "null"), node);
                break;
            case ObjectValueNode objectValue when context.TypeInfo.InputType?.Named is InputObjectType { IsOneOf: true } oneOf:
                CheckOneOf(objectValue, oneOf, context);
                break;
            case IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or EnumValueNode:
                CheckLeafLiteral(node, context);
                break;
        }
    }

    public override void LeaveValue(ValueNode node, ValidationContext context) => _invalid.Leave(node);

    private static string EnumSuggestion(EnumType type, string value) =>
        Suggestions.DidYouMean("the enum value", Suggestions.List(value, type.Values.Keys));

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, ValidationContext context)
    {
        List<ObjectFieldNode> fields = [.. node.Fields.DistinctBy(f => f.Name.Value)];
        if (fields.Count != 1)
        {
            context.ReportError(Id, OneOfExactlyOneKey(type.Name), node);
        }
        else if (node.Fields.Last(f => f.Name.Value == fields[0].Name.Value).Value is NullValueNode)
        {
            context.ReportError(Id, OneOfNonNull(type.Name, fields[0].Name.Value), node);
        }
    }

    private void CheckLeafLiteral(ValueNode node, ValidationContext context)
    {
        if (context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        string printed = ValueLiteral.Print(node);
        switch (locationType.Named)
        {
            case EnumType enumType when node is not EnumValueNode:
                context.ReportError(Id, EnumNotEnumValue(enumType, printed), node);
                break;
            case EnumType enumType when !enumType.Values.ContainsKey(((EnumValueNode)node).Value):
                context.ReportError(Id, EnumValueMissing(enumType, printed), node);
                break;
            case EnumType:
                break;
            case ScalarType scalar:
                CheckScalar(node, scalar, locationType, printed, context);
                break;
            default:
                context.ReportError(Id, ExpectedType(locationType, printed), node);
                break;
        }
    }

    private void CheckScalar(ValueNode node, ScalarType scalar, GraphQLType locationType, string printed, ValidationContext context)
    {
        try
        {
            scalar.CoerceInputLiteral(node);
        }
        catch (CoercionException exception)
        {
            context.ReportError(Id, exception.Message, node);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            context.ReportError(Id, ExpectedType(locationType, printed).TrimEnd('.') + "; " + exception.Message, node);
        }
    }
}
