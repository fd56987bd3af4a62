using System.Text.Json;

namespace Discogsography.Catalog.DataQuality;

/// <summary><c>{"type":"enum","values":["Rock","Jazz"]}</c>: a string outside the set breaks the rule.</summary>
public sealed class AllowedValuesCondition : DataQualityCondition
{
    /// <summary>The allowed values (compared exactly).</summary>
    public required IReadOnlySet<string> Values { get; init; }

    /// <inheritdoc />
    public override string Kind => "enum";

    internal override bool IsViolatedBy(JsonElement value, int nextYear) =>
        value.ValueKind == JsonValueKind.String && !Values.Contains(value.GetString()!);
}
