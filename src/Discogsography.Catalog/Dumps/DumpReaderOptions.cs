using Discogsography.Catalog.DataQuality;

namespace Discogsography.Catalog.Dumps;

/// <summary>How <see cref="DumpReader"/> reads a dump file. Every member has a usable default.</summary>
public sealed record DumpReaderOptions
{
    /// <summary>The defaults: budget 100, real clock, no data-quality rules.</summary>
    public static DumpReaderOptions Default { get; } = new();

    /// <summary>Malformed records tolerated per file; one more abandons the file with <see cref="DumpReadException"/>.</summary>
    public int ErrorBudget { get; init; } = 100;

    /// <summary>A record larger than this (decompressed bytes) is treated as malformed.</summary>
    public int MaxRecordBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>How many problems <see cref="DumpReadReport.Problems"/> keeps.</summary>
    public int MaxProblemsKept { get; init; } = 1_000;

    /// <summary>Decompress on a separate thread that feeds the parser (two cores instead of one).</summary>
    public bool DecompressOnSeparateThread { get; init; } = true;

    /// <summary>The clock that sets the plausible year range: 1860 to next year.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Data-quality rules applied to every record; <see cref="DataQualityRuleSet.Empty"/> for none.</summary>
    public DataQualityRuleSet DataQuality { get; init; } = DataQualityRuleSet.Empty;

    /// <summary>Where records matched by a <c>skip</c> or <c>flag</c> rule are written; null to write nowhere.</summary>
    public IDataQualityReportSink? DataQualityReport { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value cannot work.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ErrorBudget);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordBytes, 1024);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxProblemsKept);
        ArgumentNullException.ThrowIfNull(Clock);
        ArgumentNullException.ThrowIfNull(DataQuality);
    }
}
