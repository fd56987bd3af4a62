namespace Discogsography.Catalog.DataQuality;

/// <summary>What happens to a record that matches a data-quality rule.</summary>
public enum DataQualityAction
{
    /// <summary>The record is dropped and written to the data-quality report.</summary>
    Skip,

    /// <summary>The record is kept and written to the data-quality report.</summary>
    Flag,

    /// <summary>The record is kept and only counted (no report line).</summary>
    Report,
}
