using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.DataQuality;

/// <summary>One rule matched by one record: a line of the data-quality report.</summary>
/// <param name="Type">The dump the record came from.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Ordinal">The record's position in its file.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Action">What the rule did to the record.</param>
/// <param name="Severity">The rule's severity (error, warning, info).</param>
/// <param name="Field">The field path the rule looks at.</param>
/// <param name="Value">The offending value as text, or null when the field was missing.</param>
public sealed record DataQualityFinding(
    DumpType Type,
    long Id,
    long Ordinal,
    string Rule,
    DataQualityAction Action,
    string Severity,
    string Field,
    string? Value);
