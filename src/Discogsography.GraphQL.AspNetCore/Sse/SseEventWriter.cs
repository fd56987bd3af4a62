using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discogsography.GraphQL.Execution;

namespace Discogsography.GraphQL.AspNetCore.Sse;

/// <summary>
/// Writes the graphql-sse events of one response: <c>event: next</c> with the result as one line of JSON,
/// <c>event: complete</c> with empty data, and <c>:</c> keep-alive comments; each flushed at once, writes serialised.
/// </summary>
internal sealed class SseEventWriter : IDisposable
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly byte[] s_nextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] s_complete = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] s_keepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] s_eventEnd = "\n\n"u8.ToArray();

    private readonly Stream _body;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public SseEventWriter(Stream body) => _body = body;

    public async ValueTask NextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(s_nextPrefix);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            result.WriteTo(writer);
        }

        buffer.Write(s_eventEnd);
        await WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => WriteAsync(s_complete, cancellationToken);

    public ValueTask KeepAliveAsync(CancellationToken cancellationToken) => WriteAsync(s_keepAlive, cancellationToken);

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
