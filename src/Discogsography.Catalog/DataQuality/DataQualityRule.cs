using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.DataQuality;

/// <summary>One rule of a data-quality rules file: which records, which field, which condition, what to do.</summary>
public sealed record DataQualityRule
{
    /// <summary>A short stable name, written to the report (e.g. <c>year-out-of-range</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The dump types the rule applies to.</summary>
    public required IReadOnlyList<DumpType> Types { get; init; }

    /// <summary>A dot path into the canonical record (e.g. <c>year</c>, <c>genres</c>, <c>artists.name</c>); arrays fan out.</summary>
    public required string Field { get; init; }

    /// <summary>The test the field's values must pass.</summary>
    public required DataQualityCondition Condition { get; init; }

    /// <summary>What happens to a record that breaks the rule.</summary>
    public DataQualityAction Action { get; init; } = DataQualityAction.Flag;

    /// <summary>error, warning or info.</summary>
    public string Severity { get; init; } = "warning";

    internal string[] Path { get; init; } = [];
}
