using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>With introspection off, <c>__schema</c> and <c>__type</c> may not be queried; <c>__typename</c> still may.</summary>
internal sealed class IntrospectionDisabled : ValidationRule
{
    private readonly OperationLimits _limits;

    public IntrospectionDisabled(OperationLimits limits)
    {
        _limits = limits;
    }

    public override string Id => "IntrospectionDisabled";

    public static string Message(string fieldName) => $"Introspection is disabled: the field \"{fieldName}\" cannot be queried.";

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (!_limits.AllowIntrospection
            && (ReferenceEquals(context.TypeInfo.FieldDefinition, MetaFields.Schema) || ReferenceEquals(context.TypeInfo.FieldDefinition, MetaFields.Type)))
        {
            context.Report(Id, LimitErrorCodes.IntrospectionDisabled, Message(node.Name.Value), [node], null);
        }
    }
}
