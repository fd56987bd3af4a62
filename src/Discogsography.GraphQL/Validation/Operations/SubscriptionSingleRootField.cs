using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Operations;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: a subscription's root selection set, fragments expanded, collects exactly one
/// field; that field is not an introspection field; and no <c>@skip</c>/<c>@include</c> stands in the root selection set.
/// </summary>
internal sealed class SubscriptionSingleRootField : ValidationRule
{
    public override string Id => "SingleFieldSubscriptions";

    public static string MoreThanOneField(string? operationName) => operationName is null
        ? "Anonymous Subscription must select only one top level field."
        : $"Subscription \"{operationName}\" must select only one top level field.";

    public static string IntrospectionField(string? operationName) => operationName is null
        ? "Anonymous Subscription must not select an introspection top level field."
        : $"Subscription \"{operationName}\" must not select an introspection top level field.";

    public static string ConditionalRoot(string? operationName, string directive) => operationName is null
        ? $"Anonymous Subscription must not use \"@{directive}\" in its root selection set."
        : $"Subscription \"{operationName}\" must not use \"@{directive}\" in its root selection set.";

    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        string? name = node.Name?.Value;
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var conditional = new List<DirectiveNode>();
        Collect(context, subscriptionType, node.SelectionSet, fields, conditional, new HashSet<string>(StringComparer.Ordinal));
        foreach (DirectiveNode directive in conditional)
        {
            context.ReportError(Id, ConditionalRoot(name, directive.Name.Value), directive);
        }

        if (fields.Count > 1)
        {
            context.ReportError(Id, MoreThanOneField(name), [.. fields.Values.Skip(1).SelectMany(f => f)]);
        }

        foreach (List<FieldNode> nodes in fields.Values)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(Id, IntrospectionField(name), [.. nodes]);
            }
        }
    }

    private static void Collect(
        ValidationContext context,
        ObjectType rootType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fields,
        List<DirectiveNode> conditional,
        HashSet<string> visitedFragments)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            conditional.AddRange(selection.Directives.Where(d => d.Name.Value is "skip" or "include"));
            switch (selection)
            {
                case FieldNode field:
                    string responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(responseName, out List<FieldNode>? list))
                    {
                        fields[responseName] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(context, rootType, inline.TypeCondition):
                    Collect(context, rootType, inline.SelectionSet, fields, conditional, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && context.GetFragment(spread.Name.Value) is { } fragment
                    && Applies(context, rootType, fragment.TypeCondition):
                    Collect(context, rootType, fragment.SelectionSet, fields, conditional, visitedFragments);
                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, ObjectType rootType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        NamedType? type = context.Schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(type, rootType) || (type is not null && context.Schema.IsSubType(type, rootType));
    }
}
