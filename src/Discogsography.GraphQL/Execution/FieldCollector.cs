using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields: the fields a set of selection sets selects on one object type, grouped by response name in
/// first-seen order, through fragment spreads (each at most once) and inline fragments whose type condition applies,
/// honouring <c>@skip</c> and <c>@include</c>.
/// </summary>
internal static class FieldCollector
{
    public static OrderedDictionary<string, List<FieldNode>> Collect(
        ObjectType objectType,
        IEnumerable<SelectionSetNode> selectionSets,
        OperationPlan operation)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (SelectionSetNode selectionSet in selectionSets)
        {
            Collect(objectType, selectionSet, operation, fields, visitedFragments);
        }

        return fields;
    }

    private static void Collect(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        OperationPlan operation,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            if (!IncludeConditions.ShouldInclude(selection.Directives, operation.Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    string responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(responseName, out List<FieldNode>? group))
                    {
                        fields[responseName] = group = [];
                    }

                    group.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && operation.Fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                        && Applies(objectType, fragment.TypeCondition, operation.Schema))
                    {
                        Collect(objectType, fragment.SelectionSet, operation, fields, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(objectType, inline.TypeCondition, operation.Schema))
                    {
                        Collect(objectType, inline.SelectionSet, operation, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>The spec's DoesFragmentTypeApply.</summary>
    private static bool Applies(ObjectType objectType, NamedTypeNode typeCondition, Schema schema) =>
        schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType conditionType => conditionType == objectType,
            NamedType abstractType and (InterfaceType or UnionType) => schema.IsSubType(abstractType, objectType),
            _ => false,
        };
}
