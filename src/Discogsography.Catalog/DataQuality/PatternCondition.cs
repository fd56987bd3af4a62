using System.Text.Json;
using System.Text.RegularExpressions;

namespace Discogsography.Catalog.DataQuality;

/// <summary><c>{"type":"regex","pattern":"^\\d+$"}</c>: a string or number whose text matches the pattern breaks the rule.</summary>
public sealed class PatternCondition : DataQualityCondition
{
    /// <summary>The compiled pattern.</summary>
    public required Regex Pattern { get; init; }

    /// <inheritdoc />
    public override string Kind => "regex";

    internal override bool IsViolatedBy(JsonElement value, int nextYear) => value.ValueKind switch
    {
        JsonValueKind.String => Pattern.IsMatch(value.GetString()!),
        JsonValueKind.Number => Pattern.IsMatch(value.GetRawText()),
        _ => false,
    };
}
