using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.DataQuality;

public sealed partial class DataQualityRuleSet
{
    /// <summary>
    /// The recommended rules: skip "DO NOT USE" artists and labels; flag missing names and titles, implausible release
    /// dates (1860 to next year, following the clock) and numeric genres; count genres outside the 15 Discogs genres.
    /// </summary>
    public static DataQualityRuleSet Recommended { get; } = LoadRecommended();

    /// <summary>Reads a rules file; see <see cref="Parse"/> for the format.</summary>
    public static DataQualityRuleSet Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>
    /// Parses rules JSON: <c>{"rules":[{"name","types":["releases"],"field":"year","condition":{"type":...},
    /// "action":"skip|flag|report","severity":"error|warning|info"}]}</c>. Condition types: <c>range</c>
    /// (<c>min</c>, <c>max</c> number or <c>"nextYear"</c>), <c>required</c>, <c>regex</c> (<c>pattern</c>),
    /// <c>contains</c> (<c>value</c>), <c>enum</c> (<c>values</c>). Throws <see cref="FormatException"/> on any error.
    /// </summary>
    public static DataQualityRuleSet Parse(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("rules", out JsonElement rules) || rules.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("A data-quality rules file is an object with a \"rules\" array.");
            }

            return new DataQualityRuleSet([.. rules.EnumerateArray().Select(ParseRule)]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException($"Invalid data-quality rules: {e.Message}", e);
        }
    }

    private static DataQualityRule ParseRule(JsonElement rule)
    {
        string name = rule.GetProperty("name").GetString() ?? throw new FormatException("A rule needs a name.");
        string field = rule.GetProperty("field").GetString() ?? throw new FormatException($"Rule {name} needs a field.");
        var types = new List<DumpType>();
        foreach (JsonElement token in rule.GetProperty("types").EnumerateArray())
        {
            if (!DumpTypeExtensions.TryParseToken(token.GetString() ?? "", out DumpType type))
            {
                throw new FormatException($"Rule {name}: unknown type '{token}'.");
            }

            types.Add(type);
        }

        DataQualityAction action = DataQualityAction.Flag;
        if (rule.TryGetProperty("action", out JsonElement actionText) &&
            !Enum.TryParse(actionText.GetString(), ignoreCase: true, out action))
        {
            throw new FormatException($"Rule {name}: action must be skip, flag or report.");
        }

        string severity = rule.TryGetProperty("severity", out JsonElement severityText) ? severityText.GetString() ?? "warning" : "warning";
        if (severity is not ("error" or "warning" or "info"))
        {
            throw new FormatException($"Rule {name}: severity must be error, warning or info.");
        }

        return new DataQualityRule
        {
            Name = name,
            Types = types,
            Field = field,
            Path = field.Split('.'),
            Condition = ParseCondition(name, rule.GetProperty("condition")),
            Action = action,
            Severity = severity,
        };
    }

    private static DataQualityCondition ParseCondition(string rule, JsonElement condition) =>
        condition.GetProperty("type").GetString() switch
        {
            "range" => new RangeCondition
            {
                Min = condition.TryGetProperty("min", out JsonElement min) ? min.GetDouble() : null,
                Max = condition.TryGetProperty("max", out JsonElement max) && max.ValueKind == JsonValueKind.Number ? max.GetDouble() : null,
                MaxIsNextYear = condition.TryGetProperty("max", out JsonElement next) && next.ValueKind == JsonValueKind.String &&
                    (next.GetString() == "nextYear" ? true : throw new FormatException($"Rule {rule}: max is a number or \"nextYear\".")),
            },
            "required" => new RequiredCondition(),
            "regex" => new PatternCondition
            {
                Pattern = new Regex(condition.GetProperty("pattern").GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            },
            "contains" => new ContainsCondition { Text = condition.GetProperty("value").GetString()! },
            "enum" => new AllowedValuesCondition
            {
                Values = condition.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal),
            },
            string other => throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Rule {rule}: unknown condition type '{other}'.")),
            null => throw new FormatException($"Rule {rule}: the condition needs a type."),
        };

    private static DataQualityRuleSet LoadRecommended()
    {
        using Stream resource = typeof(DataQualityRuleSet).Assembly.GetManifestResourceStream("Discogsography.Catalog.DataQuality.recommended-rules.json")
            ?? throw new InvalidOperationException("The recommended data-quality rules are missing from the assembly.");
        using var reader = new StreamReader(resource);
        return Parse(reader.ReadToEnd());
    }
}
