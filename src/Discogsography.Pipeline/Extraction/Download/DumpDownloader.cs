using Discogsography.Pipeline.Extraction.Discovery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>
/// Downloads a published dump into the download folder: the CHECKSUM file first, then each data file streamed
/// to <c>&lt;name&gt;.partial</c>, resumed with <c>Range</c> after an interruption, verified, and renamed to its
/// final name. Each file gets <see cref="DumpSourceOptions.MaxAttempts"/> attempts spaced by
/// <see cref="DumpSourceOptions.RetryDelays"/>; a checksum mismatch discards the file and uses an attempt.
/// </summary>
internal sealed partial class DumpDownloader(
    PoliteHttpClient http,
    IOptions<DumpSourceOptions> options,
    TimeProvider timeProvider,
    ILogger<DumpDownloader> logger)
{
    /// <summary>The suffix of files still being downloaded.</summary>
    public const string PartialSuffix = ".partial";

    private readonly DumpSourceOptions _options = options.Value;

    /// <summary>Downloads and verifies the dump's data files; files already present and verified are kept.</summary>
    public async Task<DownloadedDump> DownloadAsync(PublishedDump dump, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_options.Root);
        var manifest = await FetchManifestAsync(dump.ChecksumFile, cancellationToken);
        if (manifest is null && !_options.AllowUnverified)
        {
            throw new DumpVerificationException(
                $"The CHECKSUM file of dump {dump.Month} is unavailable, and unverified files are not allowed (Dumps:AllowUnverified).");
        }

        var files = new List<DownloadedFile>(dump.DataFiles.Count);
        foreach (var file in dump.DataFiles)
        {
            files.Add(await DownloadFileAsync(file, manifest?.Find(file.Name), progress, cancellationToken));
        }

        return new DownloadedDump { Month = dump.Month, Files = files };
    }

    private async Task<ChecksumManifest?> FetchManifestAsync(DumpFile checksumFile, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_options.Root, checksumFile.Name);
        if (File.Exists(path))
        {
            try
            {
                return ChecksumManifest.Parse(await File.ReadAllTextAsync(path, cancellationToken));
            }
            catch (FormatException)
            {
                File.Delete(path);
            }
        }

        try
        {
            await DownloadWithAttemptsAsync(checksumFile, expectedSha256: null, progress: null, cancellationToken);
            return ChecksumManifest.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception exception) when (exception is DumpDownloadException or FormatException)
        {
            Log.ChecksumFileUnavailable(logger, checksumFile.Name, exception.Message);
            File.Delete(path);
            return null;
        }
    }

    private async Task<DownloadedFile> DownloadFileAsync(DumpFile file, string? expectedSha256, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        if (expectedSha256 is null)
        {
            if (!_options.AllowUnverified)
            {
                throw new DumpVerificationException(
                    $"{file.Name} is not listed in the CHECKSUM file, and unverified files are not allowed (Dumps:AllowUnverified).");
            }

            Log.Unverified(logger, file.Name);
        }

        var path = Path.Combine(_options.Root, file.Name);
        if (File.Exists(path))
        {
            var present = await FileHasher.Sha256Async(path, cancellationToken);
            if (expectedSha256 is null || present == expectedSha256)
            {
                Log.AlreadyPresent(logger, file.Name);
                return Describe(file, path, present, expectedSha256 is not null);
            }

            Log.PresentFileMismatch(logger, file.Name);
            File.Delete(path);
        }

        var sha256 = await DownloadWithAttemptsAsync(file, expectedSha256, progress, cancellationToken);
        return Describe(file, path, sha256, expectedSha256 is not null);
    }

    private async Task<string> DownloadWithAttemptsAsync(DumpFile file, string? expectedSha256, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_options.Root, file.Name);
        var partial = path + PartialSuffix;
        Exception? lastError = null;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            var delay = _options.DelayBeforeAttempt(attempt);
            if (delay > TimeSpan.Zero)
            {
                Log.WaitingBeforeAttempt(logger, file.Name, attempt, _options.MaxAttempts, delay);
                await Task.Delay(delay, timeProvider, cancellationToken);
            }

            try
            {
                var sha256 = await DownloadOnceAsync(file, partial, progress, cancellationToken);
                if (expectedSha256 is not null && sha256 != expectedSha256)
                {
                    File.Delete(partial);
                    Log.ChecksumMismatch(logger, file.Name, expectedSha256, sha256, attempt);
                    lastError = new DumpVerificationException($"{file.Name} has SHA-256 {sha256}, the CHECKSUM file says {expectedSha256}.");
                    continue;
                }

                File.Move(partial, path, overwrite: true);
                Log.Downloaded(logger, file.Name, new FileInfo(path).Length, attempt, expectedSha256 is not null);
                return sha256;
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                lastError = exception;
                Log.AttemptFailed(logger, file.Name, attempt, _options.MaxAttempts, exception.Message);
            }
        }

        throw new DumpDownloadException($"{file.Name} failed {_options.MaxAttempts} download attempts; last error: {lastError?.Message}", lastError);
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    private static DownloadedFile Describe(DumpFile file, string path, string sha256, bool verified) => new()
    {
        Name = file.Name,
        Type = file.Type,
        Path = Path.GetFullPath(path),
        Sha256 = sha256,
        Length = new FileInfo(path).Length,
        IsVerified = verified,
    };
}
