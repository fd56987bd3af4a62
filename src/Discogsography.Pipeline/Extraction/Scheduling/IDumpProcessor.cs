using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;

namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>Turns a downloaded, verified dump into published records (implemented by the publishing side).</summary>
public interface IDumpProcessor
{
    /// <summary>
    /// Processes the month's four data files and returns statistics to record with the dump
    /// (e.g. records published per type). Throwing marks the dump failed; it is retried within the budget.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> ProcessAsync(DumpMonth month, IReadOnlyList<DownloadedFile> files, CancellationToken cancellationToken);
}
