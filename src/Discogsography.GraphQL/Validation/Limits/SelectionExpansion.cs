using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>
/// Folds a measure over a selection set with fragments expanded: each fragment's value is computed once and reused
/// at every spread; a spread met again while its fragment is being measured (a cycle, reported by its own rule)
/// counts as nothing.
/// </summary>
internal sealed class SelectionExpansion
{
    private readonly ValidationContext _context;
    private readonly Func<FieldNode, SelectionExpansion, long> _measureField;
    private readonly Func<long, long, long> _combine;
    private readonly Dictionary<string, long> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <param name="context">The validation context (fragment look-ups).</param>
    /// <param name="measureField">The value of one field, which may measure its sub-selection through this expansion.</param>
    /// <param name="combine">How sibling values combine (sum or maximum).</param>
    public SelectionExpansion(ValidationContext context, Func<FieldNode, SelectionExpansion, long> measureField, Func<long, long, long> combine)
    {
        _context = context;
        _measureField = measureField;
        _combine = combine;
    }

    public ValidationContext Context => _context;

    public long Measure(SelectionSetNode? selectionSet)
    {
        long total = 0;
        if (selectionSet is null)
        {
            return total;
        }

        foreach (SelectionNode selection in selectionSet.Selections)
        {
            long value = selection switch
            {
                FieldNode field => _measureField(field, this),
                InlineFragmentNode inline => Measure(inline.SelectionSet),
                FragmentSpreadNode spread => MeasureFragment(spread.Name.Value),
                _ => 0,
            };
            total = _combine(total, value);
        }

        return total;
    }

    public static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long SaturatingMultiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    private long MeasureFragment(string name)
    {
        if (_fragments.TryGetValue(name, out long known))
        {
            return known;
        }

        if (_context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return 0;
        }

        long value = Measure(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragments[name] = value;
        return value;
    }
}
