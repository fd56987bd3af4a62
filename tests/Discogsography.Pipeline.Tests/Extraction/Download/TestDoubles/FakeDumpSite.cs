using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

/// <summary>
/// A loopback HTTP server speaking the Discogs data site's format: a root page linking
/// <c>?prefix=data%2FYYYY%2F</c> year pages, year pages linking <c>?download=data%2FYYYY%2F&lt;name&gt;</c>,
/// and downloads honouring <c>Range: bytes=N-</c>. It can be told to cut a body short, throttle with
/// <c>Retry-After</c>, serve corrupt bytes, or ignore Range.
/// </summary>
internal sealed class FakeDumpSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, (int Year, byte[] Content)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _throttles = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _cuts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _corruptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _rangeIgnored = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _stalls = new(StringComparer.Ordinal);

    private FakeDumpSite(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeDumpSite> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FakeDumpSite(app, clock);
        app.MapGet("/", site.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return site;
    }

    public void AddFile(int year, string name, byte[] content) => _files[name] = (year, content);

    /// <summary>Publishes the real 2020-08 samples under 2020, with their real CHECKSUM file.</summary>
    public void AddSamples()
    {
        foreach (var type in DumpTypeExtensions.All)
        {
            AddFile(2020, SharedData.SampleFileName(type), File.ReadAllBytes(SharedData.SampleFile(type)));
        }

        AddFile(2020, $"discogs_{SharedData.SampleVersion}_CHECKSUM.txt", File.ReadAllBytes(SharedData.ChecksumFile));
    }

    /// <summary>The next responses for <paramref name="name"/> stop after <paramref name="bytes"/> body bytes, once per entry.</summary>
    public void CutAfter(string name, long bytes, int times = 1)
    {
        var queue = _cuts.GetOrAdd(name, _ => new ConcurrentQueue<long>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(bytes);
        }
    }

    /// <summary>The next response for <paramref name="name"/> sends <paramref name="bytes"/> body bytes, then nothing until the client gives up.</summary>
    public void StallAfter(string name, long bytes) => _stalls[name] = bytes;

    public void Corrupt(string name, int times = 1) => _corruptions[name] = times;

    public void IgnoreRange(string name, int times = 1) => _rangeIgnored[name] = times;

    public void Throttle(int status, string? retryAfter, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _throttles.Enqueue((status, retryAfter));
        }
    }

    public IReadOnlyList<RecordedRequest> DownloadsOf(string name) =>
        [.. Requests.Where(r => r.Download == $"data/{_files[name].Year}/{name}")];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var prefix = context.Request.Query["prefix"].ToString();
        var download = context.Request.Query["download"].ToString();
        _requests.Enqueue(new RecordedRequest
        {
            At = _clock.GetUtcNow(),
            Prefix = prefix.Length == 0 ? null : prefix,
            Download = download.Length == 0 ? null : download,
            Range = context.Request.Headers.Range.ToString() is { Length: > 0 } range ? range : null,
            UserAgent = context.Request.Headers.UserAgent.ToString(),
        });

        if (_throttles.TryDequeue(out var throttle))
        {
            context.Response.StatusCode = throttle.Status;
            if (throttle.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = throttle.RetryAfter;
            }

            return;
        }

        if (download.Length > 0)
        {
            await ServeFileAsync(context, download);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(prefix.Length == 0 ? RootPage() : YearPage(prefix));
    }

    private string RootPage()
    {
        var html = new StringBuilder("<html><body><h1>Discogs Data</h1><ul>");
        foreach (var year in _files.Values.Select(f => f.Year).Distinct().Order())
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"?prefix=data%2F{year}%2F\">{year}</a></li>");
        }

        return html.Append("</ul></body></html>").ToString();
    }

    private string YearPage(string prefix)
    {
        var html = new StringBuilder("<html><body><table>");
        foreach (var (name, file) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var key = $"data/{file.Year}/{name}";
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"?download={Uri.EscapeDataString(key)}\">{name}</a></td><td>{file.Content.Length}</td></tr>");
            }
        }

        return html.Append("</table></body></html>").ToString();
    }

    private async Task ServeFileAsync(HttpContext context, string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        if (!_files.TryGetValue(name, out var file) || key != $"data/{file.Year}/{name}")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var content = file.Content;
        if (TakeOne(_corruptions, name))
        {
            content = [.. content];
            content[content.Length / 2] ^= 0xFF;
        }

        var start = 0L;
        var range = context.Request.Headers.Range.ToString();
        if (range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-') && !TakeOne(_rangeIgnored, name))
        {
            start = long.Parse(range["bytes=".Length..^1], CultureInfo.InvariantCulture);
            if (start >= content.Length)
            {
                context.Response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                context.Response.Headers.ContentRange = $"bytes */{content.Length}";
                return;
            }

            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {start}-{content.Length - 1}/{content.Length}";
        }

        context.Response.ContentType = "application/gzip";
        context.Response.ContentLength = content.Length - start;
        var body = content.AsMemory((int)start);
        if (_cuts.TryGetValue(name, out var cuts) && cuts.TryDequeue(out var cutAfter))
        {
            await context.Response.Body.WriteAsync(body[..(int)Math.Min(cutAfter, body.Length)]);
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        if (_stalls.TryRemove(name, out var stallAfter))
        {
            await context.Response.Body.WriteAsync(body[..(int)Math.Min(stallAfter, body.Length)]);
            await context.Response.Body.FlushAsync();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await context.Response.Body.WriteAsync(body);
    }

    private static bool TakeOne(ConcurrentDictionary<string, int> counters, string name)
    {
        while (counters.TryGetValue(name, out var left) && left > 0)
        {
            if (counters.TryUpdate(name, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    internal sealed record RecordedRequest
    {
        public required DateTimeOffset At { get; init; }

        public string? Prefix { get; init; }

        public string? Download { get; init; }

        public string? Range { get; init; }

        public required string UserAgent { get; init; }
    }
}
