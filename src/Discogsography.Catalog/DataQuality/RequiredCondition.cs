using System.Text.Json;

namespace Discogsography.Catalog.DataQuality;

/// <summary><c>{"type":"required"}</c>: a field that is missing, null, blank or an empty array breaks the rule.</summary>
public sealed class RequiredCondition : DataQualityCondition
{
    /// <inheritdoc />
    public override string Kind => "required";

    internal override bool AppliesToPresence => true;

    internal override bool IsViolatedBy(JsonElement value, int nextYear) => false;

    internal override bool IsViolatedByValues(IReadOnlyList<JsonElement> values)
    {
        foreach (JsonElement value in values)
        {
            bool present = value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => false,
                JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetString()),
                JsonValueKind.Array => value.GetArrayLength() > 0,
                _ => true,
            };
            if (present)
            {
                return false;
            }
        }

        return true;
    }
}
