using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Fragments;

/// <summary>Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles: no fragment reaches itself through spreads.</summary>
internal sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override string Id => "NoFragmentCycles";

    public static string Message(string fragmentName, IReadOnlyList<string> via) => via.Count == 0
        ? $"Cannot spread fragment \"{fragmentName}\" within itself."
        : $"Cannot spread fragment \"{fragmentName}\" within itself via {string.Join(", ", via.Select(n => "\"" + n + "\""))}.";

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => DetectCycles(node, context);

    // A depth-first search from each fragment; each fragment is explored once, so the work is linear in the spreads.
    private void DetectCycles(FragmentDefinitionNode fragment, ValidationContext context)
    {
        string name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        IReadOnlyList<FragmentSpreadNode> spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        foreach (FragmentSpreadNode spread in spreads)
        {
            string spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out int cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target)
                {
                    DetectCycles(target, context);
                }
            }
            else
            {
                List<FragmentSpreadNode> cycle = _spreadPath[cycleIndex..];
                context.ReportError(Id, Message(spreadName, [.. cycle[..^1].Select(s => s.Name.Value)]), [.. cycle]);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }
}
