using System.Globalization;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Limits;

/// <summary>
/// An operation may cost at most <see cref="OperationLimits.MaxCost"/>. A field costs its weight (from
/// <see cref="OperationLimits.FieldCosts"/> by coordinate, else the composite or leaf default) plus the cost of its
/// selection multiplied by the number of items it returns: the value of a slicing argument (<c>first</c>,
/// <c>last</c>, <c>limit</c>: a literal, a variable's default, or the argument's schema default), else for a list
/// the assumed list size. Fragments count at every spread.
/// </summary>
internal sealed class OperationCost : ValidationRule
{
    private readonly OperationLimits _limits;
    private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private ValidationContext _context = null!;
    private OperationDefinitionNode _operation = null!;

    public OperationCost(OperationLimits limits)
    {
        _limits = limits;
    }

    public override string Id => "MaxCost";

    public static string Message(string? operationName, long cost, long maxCost) =>
        $"{OperationLabel.Of(operationName)} has a cost of {cost}, more than the maximum of {maxCost}.";

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (_limits.MaxCost is not { } maxCost)
        {
            return;
        }

        _context = context;
        _operation = node;
        _fragmentCosts.Clear();
        long cost = Cost(context.Schema.GetRootType(TypeInfo.OperationName(node.Operation)), node.SelectionSet);
        if (cost > maxCost)
        {
            context.Report(Id, LimitErrorCodes.MaxCostExceeded, Message(node.Name?.Value, cost, maxCost), [node],
                new Dictionary<string, object?> { ["cost"] = cost, ["maxCost"] = maxCost });
        }
    }

    private long Cost(NamedType? parentType, SelectionSetNode selectionSet)
    {
        long total = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            long cost = selection switch
            {
                FieldNode field => FieldCost(parentType, field),
                InlineFragmentNode inline => Cost(inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType, inline.SelectionSet),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                _ => 0,
            };
            total = SelectionExpansion.SaturatingAdd(total, cost);
        }

        return total;
    }

    private long FragmentCost(string name)
    {
        if (_fragmentCosts.TryGetValue(name, out long known))
        {
            return known;
        }

        if (_context.GetFragment(name) is not { } fragment || !_inProgress.Add(name))
        {
            return 0;
        }

        long cost = Cost(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentCosts[name] = cost;
        return cost;
    }

    private long FieldCost(NamedType? parentType, FieldNode field)
    {
        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal) || parentType is null)
        {
            return 0;
        }

        OutputField? definition = MetaFields.Find(_context.Schema, parentType, field.Name.Value);
        if (definition is null)
        {
            return 0;
        }

        NamedType fieldType = definition.Type.Named;
        long weight = _limits.FieldCosts.TryGetValue(parentType.Name + "." + definition.Name, out int configured)
            ? configured
            : TypeRelations.IsComposite(fieldType) ? _limits.CompositeFieldCost : _limits.LeafFieldCost;
        if (field.SelectionSet is null)
        {
            return weight;
        }

        long children = Cost(fieldType, field.SelectionSet);
        return SelectionExpansion.SaturatingAdd(weight, SelectionExpansion.SaturatingMultiply(ItemCount(field, definition), children));
    }

    private long ItemCount(FieldNode field, OutputField definition)
    {
        foreach (string slicing in _limits.SlicingArguments)
        {
            if (field.Arguments.FirstOrDefault(a => a.Name.Value == slicing) is { } given)
            {
                return IntegerOf(given.Value) ?? _limits.AssumedListSize;
            }
        }

        foreach (string slicing in _limits.SlicingArguments)
        {
            if (definition.Arguments.GetValueOrDefault(slicing) is { HasDefaultValue: true, DefaultValue: { } value }
                && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out long size))
            {
                return Math.Max(size, 0);
            }
        }

        return TypeRelations.Nullable(definition.Type) is ListType ? _limits.AssumedListSize : 1;
    }

    private long? IntegerOf(ValueNode value)
    {
        if (value is VariableNode variable)
        {
            value = _operation.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value)?.DefaultValue!;
        }

        return value is IntValueNode integer && long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long size)
            ? Math.Max(size, 0)
            : null;
    }
}
