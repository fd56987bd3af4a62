using System.Buffers;
using System.Net.WebSockets;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One accepted socket as whole text messages: a single reader (the protocol's receive loop) and many writers (operations,
/// keep-alives, the init timeout) serialised by a lock. After <see cref="CloseAsync"/> nothing more is sent.
/// </summary>
internal sealed class WebSocketConnection : IDisposable
{
    private static readonly TimeSpan s_closeHandshakeTimeout = TimeSpan.FromSeconds(5);
    private readonly WebSocket _socket;
    private readonly int _maxMessageBytes;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _received = new(4096);
    private readonly CancellationTokenSource _closed = new();
    private readonly CancellationTokenSource _abort = new();

    public WebSocketConnection(WebSocket socket, int maxMessageBytes)
    {
        _socket = socket;
        _maxMessageBytes = maxMessageBytes;
    }

    /// <summary>Cancelled once the server closes the socket: ends the receive loop and every operation.</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>
    /// The next whole message, valid until the next call: <see cref="ReceiveStatus.Text"/> with its bytes, or why there is none.
    /// After the server's close frame it keeps reading until the peer's close frame (a bounded wait), so the peer reads the
    /// close code before the connection ends.
    /// </summary>
    public async ValueTask<(ReceiveStatus Status, ReadOnlyMemory<byte> Text)> ReceiveAsync()
    {
        _received.ResetWrittenCount();
        while (true)
        {
            ValueWebSocketReceiveResult frame;
            try
            {
                frame = await _socket.ReceiveAsync(_received.GetMemory(4096), _abort.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                return (ReceiveStatus.Closed, default);
            }

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return (ReceiveStatus.Closed, default);
            }

            _received.Advance(frame.Count);
            if (_received.WrittenCount > _maxMessageBytes)
            {
                return (ReceiveStatus.TooBig, default);
            }

            if (frame.EndOfMessage)
            {
                return frame.MessageType == WebSocketMessageType.Text ? (ReceiveStatus.Text, _received.WrittenMemory) : (ReceiveStatus.Binary, default);
            }
        }
    }

    /// <summary>
    /// Sends <paramref name="message"/> every <paramref name="interval"/> until <paramref name="cancellationToken"/> ends the
    /// connection (the protocols' keep-alives); an infinite interval sends nothing.
    /// </summary>
    public async Task SendPeriodicallyAsync(TimeSpan interval, TimeProvider timeProvider, Func<ReadOnlyMemory<byte>> message, CancellationToken cancellationToken)
    {
        if (interval == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await SendAsync(message()).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
    }

    /// <summary>Sends one text message; does nothing once the socket is closing.</summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> message)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_closed.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _closed.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer went away; the receive loop sees it and ends the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends the close frame (once) and ends the operations; the receive loop ends when the peer answers the close (or
    /// after a few seconds without an answer).
    /// </summary>
    public async ValueTask CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closed.IsCancellationRequested)
            {
                return;
            }

            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(s_closeHandshakeTimeout);
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer went away first.
        }
        finally
        {
            await _closed.CancelAsync().ConfigureAwait(false);
            _abort.CancelAfter(s_closeHandshakeTimeout);
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Ends the close handshake once the protocol stopped: answers a peer's close frame, or after the server's own close
    /// reads until the peer's answer (bounded).
    /// </summary>
    public async Task CompleteCloseHandshakeAsync()
    {
        if (_socket.State == WebSocketState.CloseReceived)
        {
            await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "").ConfigureAwait(false);
            return;
        }

        while (_socket.State == WebSocketState.CloseSent)
        {
            (ReceiveStatus status, _) = await ReceiveAsync().ConfigureAwait(false);
            if (status == ReceiveStatus.Closed)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        _abort.Dispose();
        _closed.Dispose();
        _sendLock.Dispose();
    }
}
