using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Fields;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields that share a response name in a selection set, fragments expanded,
/// must be mergeable — the same field with the same arguments unless their parents are different object types
/// (FieldsInSetCanMerge), and always of the same response shape (SameResponseShape), recursively into their
/// sub-selections. Fields and fragment names of each selection set are collected once, and each pair of fragments is
/// compared once per exclusivity, so the check stays polynomial on documents built to blow it up.
/// </summary>
internal sealed partial class FieldSelectionMerging : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _collected = [];
    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private ValidationContext _context = null!;

    public override string Id => "OverlappingFieldsCanBeMerged";

    public static string Message(string responseName, string reason) =>
        $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.";

    public static string DifferentFields(string name1, string name2) => $"\"{name1}\" and \"{name2}\" are different fields";

    public static string DifferingArguments() => "they have differing arguments";

    public static string ConflictingTypes(GraphQLType type1, GraphQLType type2) => $"they return conflicting types \"{type1}\" and \"{type2}\"";

    public static string SubfieldConflicts(IEnumerable<(string ResponseName, string Reason)> conflicts) =>
        string.Join(" and ", conflicts.Select(c => $"subfields \"{c.ResponseName}\" conflict because {c.Reason}"));

    public override void EnterSelectionSet(SelectionSetNode node, ValidationContext context)
    {
        _context = context;
        var conflicts = new List<Conflict>();
        FindConflictsWithinSelectionSet(conflicts, context.TypeInfo.ParentType, node);
        foreach (Conflict conflict in conflicts)
        {
            context.ReportError(Id, Message(conflict.ResponseName, conflict.Reason), [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private void FindConflictsWithinSelectionSet(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        FieldsAndFragments collected = GetFieldsAndFragments(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected.Fields);
        for (int i = 0; i < collected.FragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, [], false, collected.Fields, collected.FragmentNames[i]);
            for (int j = i + 1; j < collected.FragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, collected.FragmentNames[i], collected.FragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        HashSet<string> comparedFragments,
        bool mutuallyExclusive,
        FieldMap fields,
        string fragmentName)
    {
        if (!comparedFragments.Add(fragmentName) || _context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        FieldsAndFragments referenced = GetReferencedFieldsAndFragments(fragment);
        if (ReferenceEquals(fields, referenced.Fields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, referenced.Fields);
        foreach (string referencedName in referenced.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, comparedFragments, mutuallyExclusive, fields, referencedName);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, mutuallyExclusive);
        if (_context.GetFragment(fragmentName1) is not { } fragment1 || _context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        FieldsAndFragments referenced1 = GetReferencedFieldsAndFragments(fragment1);
        FieldsAndFragments referenced2 = GetReferencedFieldsAndFragments(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, referenced1.Fields, referenced2.Fields);
        foreach (string name2 in referenced2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, name2);
        }

        foreach (string name1 in referenced1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        FieldsAndFragments collected1 = GetFieldsAndFragments(parentType1, selectionSet1);
        FieldsAndFragments collected2 = GetFieldsAndFragments(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1.Fields, collected2.Fields);
        foreach (string name2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, [], mutuallyExclusive, collected1.Fields, name2);
        }

        foreach (string name1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, [], mutuallyExclusive, collected2.Fields, name1);
        }

        foreach (string name1 in collected1.FragmentNames)
        {
            foreach (string name2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fields)
    {
        foreach ((string responseName, List<FieldEntry> entries) in fields)
        {
            for (int i = 0; i < entries.Count; i++)
            {
                for (int j = i + 1; j < entries.Count; j++)
                {
                    if (FindConflict(false, responseName, entries[i], entries[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentsMutuallyExclusive, FieldMap fields1, FieldMap fields2)
    {
        foreach ((string responseName, List<FieldEntry> entries1) in fields1)
        {
            if (!fields2.TryGetValue(responseName, out List<FieldEntry>? entries2))
            {
                continue;
            }

            foreach (FieldEntry entry1 in entries1)
            {
                foreach (FieldEntry entry2 in entries2)
                {
                    if (FindConflict(parentsMutuallyExclusive, responseName, entry1, entry2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        // Fields on two different object types can never both apply, so only their response shapes must agree.
        bool mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        FieldNode node1 = field1.Node;
        FieldNode node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            string? reason = node1.Name.Value != node2.Name.Value
                ? DifferentFields(node1.Name.Value, node2.Name.Value)
                : !SameArguments(node1.Arguments, node2.Arguments) ? DifferingArguments() : null;
            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        GraphQLType? type1 = field1.Definition?.Type;
        GraphQLType? type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && TypesConflict(type1, type2))
        {
            return new Conflict(responseName, ConflictingTypes(type1, type2), [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            List<Conflict> subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive, type1?.Named, selectionSet1, type2?.Named, selectionSet2);
            if (subConflicts.Count > 0)
            {
                return new Conflict(
                    responseName,
                    SubfieldConflicts(subConflicts.Select(c => (c.ResponseName, c.Reason))),
                    [node1, .. subConflicts.SelectMany(c => c.Fields1)],
                    [node2, .. subConflicts.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    /// <summary>SameResponseShape on the types: list and non-null wrappers must match, and leaf types must be the same.</summary>
    private static bool TypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || TypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || TypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (TypeRelations.IsLeaf(type1) || TypeRelations.IsLeaf(type2)) && !ReferenceEquals(type1, type2);
    }
}
