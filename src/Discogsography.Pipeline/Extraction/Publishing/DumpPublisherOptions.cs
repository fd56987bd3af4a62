namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>Settings of <see cref="DumpPublisher"/>, bound from <c>Publishing</c>.</summary>
public sealed class DumpPublisherOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Publishing";

    /// <summary>Where state markers are written; null writes them next to each dump file (in <c>DISCOGS_ROOT</c>).</summary>
    public string? StateDirectory { get; set; }

    /// <summary>
    /// Least time between two marker saves while a file is published (each save is a flush to disk); zero saves after
    /// every confirmed batch. A crash repeats at most what was confirmed since the last save plus the confirm window,
    /// which idempotent ingestion absorbs.
    /// </summary>
    public TimeSpan MarkerSaveInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Batches the reader may prepare ahead of the publisher (the bounded channel between them).</summary>
    public int ReadAhead { get; set; } = 8;

    /// <summary>Least time between two progress reports.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Most data messages published per second, to spare a broker shared with other work; zero (the default) publishes
    /// as fast as the confirms allow.
    /// </summary>
    public double MaxBatchesPerSecond { get; set; }

    /// <summary>Throws when a setting is out of range; called at start-up.</summary>
    /// <exception cref="InvalidOperationException">A setting is invalid.</exception>
    public void Validate()
    {
        if (ReadAhead <= 0 || MarkerSaveInterval < TimeSpan.Zero || ProgressInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Publishing:ReadAhead must be positive and the intervals not negative.");
        }

        if (MaxBatchesPerSecond < 0 || double.IsNaN(MaxBatchesPerSecond) || double.IsInfinity(MaxBatchesPerSecond))
        {
            throw new InvalidOperationException("Publishing:MaxBatchesPerSecond must be zero (no limit) or a positive number.");
        }
    }
}
