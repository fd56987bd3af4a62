namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Limits on the size of an operation, checked at validation time with fragments expanded; a null limit is off.
/// Introspection fields (<c>__schema</c>, <c>__type</c> and below) are left to the introspection depth rule and do not
/// count towards depth or cost.
/// </summary>
public sealed class OperationLimits
{
    /// <summary>The defaults: depth 15, cost 10 000, 30 aliases, 20 root fields, introspection allowed.</summary>
    public static OperationLimits Default { get; } = new();

    /// <summary>The deepest field nesting allowed (<c>{ a { b } }</c> has depth 2); error code <c>MAX_DEPTH_EXCEEDED</c>.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The highest operation cost allowed; error code <c>MAX_COST_EXCEEDED</c> with the cost in the extensions.</summary>
    public long? MaxCost { get; init; } = 10_000;

    /// <summary>The most aliased fields allowed in an operation; error code <c>MAX_ALIASES_EXCEEDED</c>.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>The most fields allowed in the root selection set; error code <c>MAX_ROOT_FIELDS_EXCEEDED</c>.</summary>
    public int? MaxRootFields { get; init; } = 20;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (<c>__typename</c> always may); error code <c>INTROSPECTION_DISABLED</c>.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>The cost of a field returning an object, interface or union, unless <see cref="FieldCosts"/> names it.</summary>
    public int CompositeFieldCost { get; init; } = 1;

    /// <summary>The cost of a field returning a scalar or enum, unless <see cref="FieldCosts"/> names it.</summary>
    public int LeafFieldCost { get; init; } = 1;

    /// <summary>Per-field costs by schema coordinate (<c>"Query.search"</c>), overriding the defaults.</summary>
    public IReadOnlyDictionary<string, int> FieldCosts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Arguments whose integer value gives the number of items a list or connection field returns.</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>The item count assumed for a list field whose size no slicing argument (or its default) tells.</summary>
    public int AssumedListSize { get; init; } = 50;

    /// <summary>Throws when a limit or weight is negative.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDepth ?? 0, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxCost ?? 0, nameof(MaxCost));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxAliases ?? 0, nameof(MaxAliases));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRootFields ?? 0, nameof(MaxRootFields));
        ArgumentOutOfRangeException.ThrowIfNegative(CompositeFieldCost, nameof(CompositeFieldCost));
        ArgumentOutOfRangeException.ThrowIfNegative(LeafFieldCost, nameof(LeafFieldCost));
        ArgumentOutOfRangeException.ThrowIfNegative(AssumedListSize, nameof(AssumedListSize));
        if (FieldCosts.Values.Any(cost => cost < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(FieldCosts), "Field costs must not be negative.");
        }
    }
}
