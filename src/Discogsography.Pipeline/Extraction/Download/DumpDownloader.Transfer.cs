using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Discogsography.Pipeline.Extraction.Discovery;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>One attempt: stream the body into the partial file, resuming it when the server honours Range.</summary>
internal sealed partial class DumpDownloader
{
    private async Task<string> DownloadOnceAsync(DumpFile file, string partial, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var resumeAt = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        using var response = await http.SendAsync(() => CreateRequest(file.Location, resumeAt), cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var offset = 0L;
        switch (response.StatusCode)
        {
            case HttpStatusCode.PartialContent when resumeAt > 0:
                if (response.Content.Headers.ContentRange is { From: { } from } && from != resumeAt)
                {
                    File.Delete(partial);
                    throw new IOException($"{file.Name}: asked to resume at byte {resumeAt}, the server sent from byte {from}; starting over.");
                }

                await FileHasher.AppendAsync(hash, partial, resumeAt, cancellationToken);
                offset = resumeAt;
                Log.Resuming(logger, file.Name, resumeAt);
                break;
            case HttpStatusCode.OK:
                if (resumeAt > 0)
                {
                    Log.RangeIgnored(logger, file.Name, resumeAt);
                }

                break;
            case HttpStatusCode.RequestedRangeNotSatisfiable when resumeAt > 0:
                File.Delete(partial);
                throw new IOException($"{file.Name}: the server cannot resume at byte {resumeAt}; the partial file was discarded.");
            default:
                throw new HttpRequestException($"{file.Location} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var total = response.Content.Headers.ContentRange?.Length ?? (response.Content.Headers.ContentLength + offset);
        var meter = new ProgressMeter(file.Name, offset, total, timeProvider, _options.ProgressInterval, progress, logger);
        await using (var target = new FileStream(partial, offset > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await CopyAsync(body, target, hash, meter, cancellationToken);
            await target.FlushAsync(cancellationToken);
            target.Flush(flushToDisk: true);
        }

        if (total is { } expectedLength && new FileInfo(partial).Length != expectedLength)
        {
            throw new IOException($"{file.Name} ended at {new FileInfo(partial).Length} of {expectedLength} bytes.");
        }

        meter.Complete();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private async Task CopyAsync(Stream body, FileStream target, IncrementalHash hash, ProgressMeter meter, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        using var readTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                readTimeout.CancelAfter(_options.ReadTimeout);
                int read;
                try
                {
                    read = await body.ReadAsync(buffer, readTimeout.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"No data for {_options.ReadTimeout}.");
                }

                if (read == 0)
                {
                    return;
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                hash.AppendData(buffer, 0, read);
                meter.Add(read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static HttpRequestMessage CreateRequest(Uri location, long resumeAt)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, location);
        if (resumeAt > 0)
        {
            request.Headers.Range = new RangeHeaderValue(resumeAt, null);
        }

        return request;
    }
}
