namespace Discogsography.Catalog.DataQuality;

/// <summary>The rules one record broke.</summary>
/// <param name="Findings">One finding per broken rule.</param>
internal sealed record DataQualityVerdict(IReadOnlyList<DataQualityFinding> Findings)
{
    /// <summary>True when a broken rule drops the record.</summary>
    public bool Skip => Findings.Any(f => f.Action == DataQualityAction.Skip);
}
