using System.Globalization;
using System.Text.Json;

namespace Discogsography.Catalog.DataQuality;

/// <summary>
/// <c>{"type":"range","min":1860,"max":"nextYear"}</c>: numbers, and strings by their leading four-digit year,
/// outside the inclusive bounds break the rule; other values are ignored. <c>"nextYear"</c> follows the clock.
/// </summary>
public sealed class RangeCondition : DataQualityCondition
{
    /// <summary>The smallest allowed value, or null for no lower bound.</summary>
    public double? Min { get; init; }

    /// <summary>The largest allowed value, or null for no upper bound (unless <see cref="MaxIsNextYear"/>).</summary>
    public double? Max { get; init; }

    /// <summary>True when the upper bound is the year after the clock's current year.</summary>
    public bool MaxIsNextYear { get; init; }

    /// <inheritdoc />
    public override string Kind => "range";

    internal override bool IsViolatedBy(JsonElement value, int nextYear)
    {
        double number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            number = value.GetDouble();
        }
        else if (value.ValueKind == JsonValueKind.String && LeadingYear(value.GetString()!) is int year)
        {
            number = year;
        }
        else
        {
            return false;
        }

        double? max = MaxIsNextYear ? nextYear : Max;
        return (Min is double min && number < min) || (max is double upper && number > upper);
    }

    private static int? LeadingYear(string text) =>
        text.Length >= 4 && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) ? year : null;
}
