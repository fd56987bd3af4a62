using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

/// <summary>A fake data site, a manual clock, a temporary download folder and the real client, downloader and sources.</summary>
internal sealed class DownloadHarness : IAsyncDisposable
{
    private readonly HttpClient _httpClient = new(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly RequestPacer _pacer;

    private DownloadHarness(FakeDumpSite site, ManualTimeProvider clock, DumpSourceOptions options)
    {
        Site = site;
        Clock = clock;
        Options = options;
        _pacer = new RequestPacer(clock, options.MinimumRequestInterval);
        Http = new PoliteHttpClient(_httpClient, _pacer, Microsoft.Extensions.Options.Options.Create(options), clock, NullLogger<PoliteHttpClient>.Instance);
        Downloader = new DumpDownloader(Http, Microsoft.Extensions.Options.Options.Create(options), clock, NullLogger<DumpDownloader>.Instance);
        SiteSource = new DiscogsSiteDumpSource(Http, Downloader, Microsoft.Extensions.Options.Options.Create(options), NullLogger<DiscogsSiteDumpSource>.Instance);
    }

    public FakeDumpSite Site { get; }

    public ManualTimeProvider Clock { get; }

    public DumpSourceOptions Options { get; }

    public PoliteHttpClient Http { get; }

    public DumpDownloader Downloader { get; }

    public DiscogsSiteDumpSource SiteSource { get; }

    public string Root => Options.Root;

    public static async Task<DownloadHarness> StartAsync(Action<DumpSourceOptions>? configure = null)
    {
        var clock = new ManualTimeProvider(ManualTimeProvider.DefaultStart);
        var site = await FakeDumpSite.StartAsync(clock);
        var options = new DumpSourceOptions
        {
            BaseUrl = site.BaseUri,
            Root = Directory.CreateTempSubdirectory("discogsography-dumps-").FullName,
            MinimumRequestInterval = TimeSpan.Zero,
        };
        configure?.Invoke(options);
        return new DownloadHarness(site, clock, options);
    }

    /// <summary>The sample dump as the site lists it.</summary>
    public async Task<PublishedDump> FindSamplesAsync()
    {
        Site.AddSamples();
        return await SiteSource.FindLatestAsync(CancellationToken.None) ?? throw new InvalidOperationException("The samples were not found.");
    }

    /// <summary>Lets a running operation wait out each expected delay in turn, checking it is the only timer.</summary>
    public async Task AdvanceThroughAsync(params TimeSpan[] delays)
    {
        foreach (var delay in delays)
        {
            await Clock.WaitForTimersAsync();
            Assert.Equal([delay], Clock.PendingDelays);
            Clock.Advance(delay);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _httpClient.Dispose();
        _pacer.Dispose();
        await Site.DisposeAsync();
        Directory.Delete(Options.Root, recursive: true);
    }
}
