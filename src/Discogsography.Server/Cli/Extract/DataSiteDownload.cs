using System.Globalization;
using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Microsoft.Extensions.Options;

namespace Discogsography.Server.Cli.Extract;

/// <summary>
/// <c>extract --input &lt;URL&gt;</c>: finds the newest complete month on a Discogs-style data site and downloads and
/// verifies it into the download folder with the Pipeline's <see cref="IDumpSource"/> (resuming partial files, skipping
/// files already there and verified). Settings of the <c>Dumps</c> section (e.g. <c>Dumps__UserAgent</c>) apply.
/// </summary>
internal static class DataSiteDownload
{
    /// <summary>Downloads the newest complete month; returns its version, or null after printing why it could not.</summary>
    public static async Task<string?> RunAsync(Uri site, string downloadDirectory, CancellationToken cancellationToken)
    {
        IConfiguration configuration = ExtractServices.Configuration(new Dictionary<string, string?>
        {
            ["Dumps:BaseUrl"] = site.ToString(),
            ["Dumps:Root"] = downloadDirectory,
            ["Dumps:LocalFolder"] = null,
        });
        await using ServiceProvider services = ExtractServices.Create().AddDumpSource(configuration).BuildServiceProvider();
        try
        {
            IDumpSource source = services.GetRequiredService<IDumpSource>();
            PublishedDump? dump = await source.FindLatestAsync(cancellationToken);
            if (dump is null)
            {
                Console.Error.WriteLine($"--input: {site} lists no complete month (four data files and a CHECKSUM file).");
                return null;
            }

            Console.Out.WriteLine($"newest complete month on {site}: {dump.Month.Version}; downloading into {downloadDirectory}");
            DownloadedDump downloaded = await source.FetchAsync(dump, new DownloadProgressLines(), cancellationToken);
            foreach (DownloadedFile file in downloaded.Files)
            {
                Console.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{file.Name}: {file.Length:N0} bytes, SHA-256 {file.Sha256} {(file.IsVerified ? "verified" : "NOT verified")}"));
            }

            return downloaded.Month.Version;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"Dumps settings: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or DumpDownloadException or DumpVerificationException or IOException)
        {
            Console.Error.WriteLine($"downloading from {site} failed: {e.Message}");
        }

        return null;
    }

    /// <summary>Prints each download report as a line, synchronously (the downloader reports every <c>Dumps:ProgressInterval</c>).</summary>
    private sealed class DownloadProgressLines : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value)
        {
            string size = value.TotalBytes is long total ? string.Create(CultureInfo.InvariantCulture, $" of {total:N0}") : "";
            string eta = value.EstimatedRemaining is TimeSpan remaining ? string.Create(CultureInfo.InvariantCulture, $" ETA {remaining:hh\\:mm\\:ss}") : "";
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"downloading {value.FileName}: {value.BytesReceived:N0}{size} bytes, {value.MegabytesPerSecond:N1} MB/s{eta}{(value.Completed ? ", done" : "")}"));
        }
    }
}
