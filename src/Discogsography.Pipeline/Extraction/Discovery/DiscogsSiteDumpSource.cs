using Discogsography.Pipeline.Extraction.Download;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>
/// Dumps from the Discogs data site: lists the year folders on the root page, then the files of the two
/// newest years, and picks the newest complete month; downloads through <see cref="DumpDownloader"/>.
/// </summary>
internal sealed class DiscogsSiteDumpSource(
    PoliteHttpClient http,
    DumpDownloader downloader,
    IOptions<DumpSourceOptions> options,
    ILogger<DiscogsSiteDumpSource> logger) : IDumpSource
{
    private const int YearsListed = 2;

    private readonly Uri _baseUri = options.Value.BaseUrl;

    public async Task<PublishedDump?> FindLatestAsync(CancellationToken cancellationToken)
    {
        var years = DiscogsListingParser.ReadYears(await http.GetStringAsync(_baseUri, cancellationToken));
        if (years.Count == 0)
        {
            Log.NoYearsListed(logger, _baseUri);
            return null;
        }

        var files = new List<DumpFile>();
        foreach (var year in years.Take(YearsListed))
        {
            var names = DiscogsListingParser.ReadFileNames(await http.GetStringAsync(DiscogsListingParser.YearPage(_baseUri, year), cancellationToken), year);
            if (names.Count == 0)
            {
                Log.NoFilesListed(logger, year);
            }

            foreach (var name in names)
            {
                if (DumpFileName.TryParse(name, out _, out var type))
                {
                    files.Add(new DumpFile { Name = name, Type = type, Location = DiscogsListingParser.DownloadAddress(_baseUri, year, name) });
                }
            }
        }

        var dump = DumpVersionSelector.SelectNewestComplete(files, out var skipped);
        foreach (var month in skipped)
        {
            Log.IncompleteMonthSkipped(logger, month.Version);
        }

        if (dump is null)
        {
            Log.NoCompleteDump(logger, string.Join(", ", years.Take(YearsListed)));
        }
        else
        {
            Log.NewestDump(logger, dump.Month.Version);
        }

        return dump;
    }

    public Task<DownloadedDump> FetchAsync(PublishedDump dump, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken) =>
        downloader.DownloadAsync(dump, progress, cancellationToken);
}
