using System.Text.Json;

namespace Discogsography.Catalog.DataQuality;

/// <summary><c>{"type":"contains","value":"DO NOT USE"}</c>: a string containing the text (any case) breaks the rule.</summary>
public sealed class ContainsCondition : DataQualityCondition
{
    /// <summary>The text looked for.</summary>
    public required string Text { get; init; }

    /// <inheritdoc />
    public override string Kind => "contains";

    internal override bool IsViolatedBy(JsonElement value, int nextYear) =>
        value.ValueKind == JsonValueKind.String && value.GetString()!.Contains(Text, StringComparison.OrdinalIgnoreCase);
}
