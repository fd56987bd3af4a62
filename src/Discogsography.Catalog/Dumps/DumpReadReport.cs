namespace Discogsography.Catalog.Dumps;

/// <summary>
/// What one read of a dump file found: counts, problems and progress. The reader updates it as it goes;
/// another thread may read the counters at any time to show progress.
/// </summary>
public sealed class DumpReadReport
{
    private readonly List<DumpReadProblem> _problems = [];
    private readonly Lock _problemsLock = new();
    private long _records;
    private long _skipped;
    private long _skippedByRules;
    private long _flagged;
    private long _invalidBytesReplaced;
    private long _xmlBytes;
    private long _sourceBytes;

    /// <summary>Records emitted as <see cref="DumpRecord"/>s.</summary>
    public long Records => Volatile.Read(ref _records);

    /// <summary>Malformed records skipped (each also listed in <see cref="Problems"/> up to its cap).</summary>
    public long Skipped => Volatile.Read(ref _skipped);

    /// <summary>Well-formed records dropped by a data-quality rule with the <c>skip</c> action.</summary>
    public long SkippedByRules => Volatile.Read(ref _skippedByRules);

    /// <summary>Records that matched at least one <c>flag</c> or <c>report</c> data-quality rule.</summary>
    public long Flagged => Volatile.Read(ref _flagged);

    /// <summary>Invalid UTF-8 bytes replaced by U+FFFD.</summary>
    public long InvalidBytesReplaced => Volatile.Read(ref _invalidBytesReplaced);

    /// <summary>Decompressed XML bytes consumed so far.</summary>
    public long XmlBytes => Volatile.Read(ref _xmlBytes);

    /// <summary>Bytes read from the source stream so far (compressed bytes for a <c>.xml.gz</c>): progress against the file size.</summary>
    public long SourceBytes => Volatile.Read(ref _sourceBytes);

    /// <summary>The malformed records, in file order (at most <see cref="DumpReaderOptions.MaxProblemsKept"/>).</summary>
    public IReadOnlyList<DumpReadProblem> Problems
    {
        get
        {
            lock (_problemsLock)
            {
                return [.. _problems];
            }
        }
    }

    internal void AddRecord() => Interlocked.Increment(ref _records);

    internal void AddSkippedByRules() => Interlocked.Increment(ref _skippedByRules);

    internal void AddFlagged() => Interlocked.Increment(ref _flagged);

    internal void AddInvalidBytes(long count) => Interlocked.Add(ref _invalidBytesReplaced, count);

    internal void AddSourceBytes(long count) => Interlocked.Add(ref _sourceBytes, count);

    internal void SetXmlBytes(long bytes) => Volatile.Write(ref _xmlBytes, bytes);

    internal long AddSkipped(DumpReadProblem problem, int maxKept)
    {
        lock (_problemsLock)
        {
            if (_problems.Count < maxKept)
            {
                _problems.Add(problem);
            }
        }

        return Interlocked.Increment(ref _skipped);
    }
}
