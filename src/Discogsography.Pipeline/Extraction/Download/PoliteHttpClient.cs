using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>
/// The one HTTP client for the data site: every request waits its turn on the process-wide
/// <see cref="RequestPacer"/>, carries a descriptive User-Agent, and a 429/503 answer is retried after the
/// server's <c>Retry-After</c> (seconds or HTTP date, capped) or an exponential wait. Waits go through the
/// injected <see cref="TimeProvider"/>; network timeouts guard I/O on the system clock.
/// </summary>
internal sealed class PoliteHttpClient(
    HttpClient http,
    RequestPacer pacer,
    IOptions<DumpSourceOptions> options,
    TimeProvider timeProvider,
    ILogger<PoliteHttpClient> logger)
{
    private readonly DumpSourceOptions _options = options.Value;

    /// <summary>
    /// Sends the request built by <paramref name="createRequest"/> (called again for each retry) and returns the
    /// response once its headers arrived; the caller disposes it. Throttled answers are retried here; any other
    /// status is returned as it is.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        for (var throttle = 1; ; throttle++)
        {
            await pacer.WaitTurnAsync(cancellationToken);
            using var request = createRequest();
            request.Headers.UserAgent.Clear();
            request.Headers.TryAddWithoutValidation("User-Agent", _options.EffectiveUserAgent);
            var response = await SendWithTimeoutAsync(request, cancellationToken);
            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
            {
                return response;
            }

            var requested = RetryAfter.Read(response.Headers.RetryAfter, timeProvider.GetUtcNow());
            var status = (int)response.StatusCode;
            response.Dispose();
            if (throttle > _options.MaxThrottledRetries)
            {
                throw new HttpRequestException(
                    $"{request.RequestUri} answered {status} {throttle} times; giving up.", null, (HttpStatusCode)status);
            }

            var wait = RetryAfter.Wait(requested, throttle, _options.MaxRetryAfter);
            Log.Throttled(logger, request.RequestUri, status, wait, throttle);
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>GETs a page as text, failing on any non-success status.</summary>
    public async Task<string> GetStringAsync(Uri address, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, address), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ReadTimeout);
        try
        {
            return await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Reading {address} took longer than {_options.ReadTimeout}.");
        }
    }

    private async Task<HttpResponseMessage> SendWithTimeoutAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ResponseTimeout);
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{request.RequestUri} sent no response headers within {_options.ResponseTimeout}.");
        }
    }
}
