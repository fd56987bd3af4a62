using System.Text;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Validation.Fields;

/// <summary>Field collection (by response name, with the fragment names met) and argument comparison for the merging rule.</summary>
internal sealed partial class FieldSelectionMerging
{
    private FieldsAndFragments GetFieldsAndFragments(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue(selectionSet, out FieldsAndFragments? collected))
        {
            var fields = new FieldMap();
            var fragmentNames = new List<string>();
            CollectFields(parentType, selectionSet, fields, fragmentNames);
            _collected[selectionSet] = collected = new FieldsAndFragments(fields, fragmentNames);
        }

        return collected;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragments(FragmentDefinitionNode fragment)
    {
        if (_collected.TryGetValue(fragment.SelectionSet, out FieldsAndFragments? collected))
        {
            return collected;
        }

        NamedType? fragmentType = _context.Schema.GetType(fragment.TypeCondition.Name.Value);
        return GetFieldsAndFragments(fragmentType, fragment.SelectionSet);
    }

    private void CollectFields(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fields, List<string> fragmentNames)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    OutputField? definition = parentType is ComplexType complex ? complex.Fields.GetValueOrDefault(field.Name.Value) : null;
                    string responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(responseName, out List<FieldEntry>? entries))
                    {
                        fields[responseName] = entries = [];
                    }

                    entries.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    NamedType? inlineType = inline.TypeCondition is null ? parentType : _context.Schema.GetType(inline.TypeCondition.Name.Value);
                    CollectFields(inlineType, inline.SelectionSet, fields, fragmentNames);
                    break;
            }
        }
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (ArgumentNode argument1 in arguments1)
        {
            ArgumentNode? argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || PrintSorted(argument1.Value) != PrintSorted(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Prints a value with object fields in name order, so field order does not make arguments differ.</summary>
    private static string PrintSorted(ValueNode value)
    {
        var text = new StringBuilder();
        Print(value, text);
        return text.ToString();

        static void Print(ValueNode value, StringBuilder text)
        {
            switch (value)
            {
                case ObjectValueNode objectValue:
                    text.Append('{');
                    foreach (ObjectFieldNode field in objectValue.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                    {
                        text.Append(field.Name.Value).Append(':');
                        Print(field.Value, text);
                        text.Append(',');
                    }

                    text.Append('}');
                    break;
                case ListValueNode list:
                    text.Append('[');
                    foreach (ValueNode item in list.Values)
                    {
                        Print(item, text);
                        text.Append(',');
                    }

                    text.Append(']');
                    break;
                default:
                    text.Append(ValueLiteral.Print(value));
                    break;
            }
        }
    }

    private sealed record FieldEntry(NamedType? ParentType, FieldNode Node, OutputField? Definition);

    private sealed record FieldsAndFragments(FieldMap Fields, List<string> FragmentNames);

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class FieldMap : OrderedDictionary<string, List<FieldEntry>>
    {
        public FieldMap()
            : base(StringComparer.Ordinal)
        {
        }
    }

    /// <summary>Fragment pairs already compared, remembering whether the comparison assumed mutually exclusive parents.</summary>
    private sealed class FragmentPairSet
    {
        private readonly Dictionary<(string, string), bool> _pairs = [];

        public bool Has(string a, string b, bool mutuallyExclusive)
        {
            if (!_pairs.TryGetValue(Key(a, b), out bool storedExclusive))
            {
                return false;
            }

            // A comparison made without exclusivity is stricter and covers the exclusive case too.
            return mutuallyExclusive || !storedExclusive;
        }

        public void Add(string a, string b, bool mutuallyExclusive) => _pairs[Key(a, b)] = mutuallyExclusive;

        private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }
}
