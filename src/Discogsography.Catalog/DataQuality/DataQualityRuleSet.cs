using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.DataQuality;

/// <summary>
/// The data-quality rules of one run, loaded from a JSON rules file (see <see cref="Parse"/>), applied to each
/// canonical record by the dump reader.
/// </summary>
public sealed partial class DataQualityRuleSet
{
    private readonly DataQualityRule[][] _byType;

    private DataQualityRuleSet(IReadOnlyList<DataQualityRule> rules)
    {
        Rules = rules;
        _byType = new DataQualityRule[DumpTypeExtensions.All.Count][];
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            _byType[(int)type] = [.. rules.Where(r => r.Types.Contains(type))];
        }
    }

    /// <summary>No rules at all.</summary>
    public static DataQualityRuleSet Empty { get; } = new([]);

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<DataQualityRule> Rules { get; }

    /// <summary>True when some rule applies to <paramref name="type"/>.</summary>
    public bool AppliesTo(DumpType type) => _byType[(int)type].Length > 0;

    /// <summary>Applies the rules for <paramref name="type"/> to one canonical record; null when nothing matched.</summary>
    internal DataQualityVerdict? Evaluate(DumpType type, long id, long ordinal, ReadOnlyMemory<byte> json, int nextYear)
    {
        DataQualityRule[] rules = _byType[(int)type];
        if (rules.Length == 0)
        {
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(json);
        List<DataQualityFinding>? findings = null;
        var values = new List<JsonElement>();
        foreach (DataQualityRule rule in rules)
        {
            values.Clear();
            Collect(document.RootElement, rule.Path, 0, values);
            if (Check(rule, values, nextYear, out string? offending))
            {
                findings ??= [];
                findings.Add(new DataQualityFinding(type, id, ordinal, rule.Name, rule.Action, rule.Severity, rule.Field, offending));
            }
        }

        return findings is null ? null : new DataQualityVerdict(findings);
    }

    private static bool Check(DataQualityRule rule, List<JsonElement> values, int nextYear, out string? offending)
    {
        offending = null;
        if (rule.Condition.AppliesToPresence)
        {
            return rule.Condition.IsViolatedByValues(values);
        }

        foreach (JsonElement value in values)
        {
            if (value.ValueKind != JsonValueKind.Null && rule.Condition.IsViolatedBy(value, nextYear))
            {
                offending = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                return true;
            }
        }

        return false;
    }

    private static void Collect(JsonElement element, string[] path, int index, List<JsonElement> values)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Collect(item, path, index, values);
            }

            return;
        }

        if (index == path.Length)
        {
            values.Add(element);
            return;
        }

        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(path[index], out JsonElement child))
        {
            Collect(child, path, index + 1, values);
        }
    }
}
