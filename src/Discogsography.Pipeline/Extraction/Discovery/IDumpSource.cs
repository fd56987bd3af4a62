using Discogsography.Pipeline.Extraction.Download;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>Where monthly dumps come from: the Discogs data site or a local folder.</summary>
public interface IDumpSource
{
    /// <summary>The newest complete dump the source offers, or null when it offers none.</summary>
    Task<PublishedDump?> FindLatestAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the dump's data files available on local disk and verifies them against its CHECKSUM file.
    /// </summary>
    /// <exception cref="DumpVerificationException">A file cannot be verified and unverified files are not allowed.</exception>
    /// <exception cref="DumpDownloadException">A file could not be obtained within the attempt budget.</exception>
    Task<DownloadedDump> FetchAsync(PublishedDump dump, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken);
}
