namespace Discogsography.Catalog.DataQuality;

/// <summary>Receives the findings of data-quality rules with the skip or flag action. Must be thread-safe.</summary>
public interface IDataQualityReportSink
{
    /// <summary>Records one finding.</summary>
    void Write(DataQualityFinding finding);
}
