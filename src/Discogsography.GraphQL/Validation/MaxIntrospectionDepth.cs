using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation;

/// <summary>
/// graphql-js's MaxIntrospectionDepth: an introspection query may nest the list fields of <c>__Type</c>
/// (<c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>) fewer than
/// <see cref="ValidationOptions.MaxIntrospectionListDepth"/> times, fragments expanded, so a small document cannot
/// ask for an exponentially large introspection answer. Not a spec rule, but part of graphql-js's specified rules.
/// </summary>
internal sealed class MaxIntrospectionDepth : ValidationRule
{
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    public override string Id => "MaxIntrospectionDepth";

    public static string Message() => "Maximum introspection depth exceeded";

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (node.Name.Value is "__schema" or "__type"
            && Exceeds(node, context, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError(Id, Message(), node);
        }
    }

    private bool Exceeds(SelectionNode node, ValidationContext context, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            return ExceedsThroughFragment(spread.Name.Value, context, visited, depth);
        }

        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" }
            && ++depth >= context.Options.MaxIntrospectionListDepth)
        {
            return true;
        }

        SelectionSetNode? selectionSet = node switch
        {
            FieldNode field => field.SelectionSet,
            InlineFragmentNode inline => inline.SelectionSet,
            _ => null,
        };
        return selectionSet is not null && selectionSet.Selections.Any(child => Exceeds(child, context, visited, depth));
    }

    // Fragments are remembered by the shallowest depth they were entered at, so repeats and cycles cost nothing.
    private bool ExceedsThroughFragment(string name, ValidationContext context, Dictionary<string, int> visited, int depth)
    {
        if (_exceededFragments.TryGetValue(name, out int exceededAt) && exceededAt <= depth)
        {
            return true;
        }

        if ((visited.TryGetValue(name, out int visitedAt) && visitedAt >= depth)
            || (_checkedFragments.TryGetValue(name, out int checkedAt) && checkedAt >= depth)
            || context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visited[name] = depth;
        if (fragment.SelectionSet.Selections.Any(child => Exceeds(child, context, visited, depth)))
        {
            _exceededFragments[name] = depth;
            return true;
        }

        _checkedFragments[name] = depth;
        return false;
    }
}
