using System.Text.Json;

namespace Discogsography.Catalog.DataQuality;

/// <summary>A test on the values found at a rule's field path. Subclasses are the condition kinds of the rules file.</summary>
public abstract class DataQualityCondition
{
    private protected DataQualityCondition()
    {
    }

    /// <summary>The condition's kind as written in the rules file (<c>range</c>, <c>required</c>, ...).</summary>
    public abstract string Kind { get; }

    /// <summary>True when the condition judges the field as a whole (present or not) rather than value by value.</summary>
    internal virtual bool AppliesToPresence => false;

    /// <summary>True when <paramref name="value"/> (never a JSON null) breaks the rule.</summary>
    internal abstract bool IsViolatedBy(JsonElement value, int nextYear);

    /// <summary>For presence conditions: true when the values found break the rule.</summary>
    internal virtual bool IsViolatedByValues(IReadOnlyList<JsonElement> values) => false;
}
