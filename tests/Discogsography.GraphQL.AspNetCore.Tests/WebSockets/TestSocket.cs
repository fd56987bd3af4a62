using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>A ClientWebSocket speaking JSON text messages, every wait bounded so a broken server fails the test instead of hanging it.</summary>
internal sealed class TestSocket : IAsyncDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<TestSocket> ConnectAsync(Uri uri, params string[] subprotocols)
    {
        var socket = new TestSocket();
        foreach (string subprotocol in subprotocols)
        {
            socket._socket.Options.AddSubProtocol(subprotocol);
        }

        await socket._socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(s_wait);
        return socket;
    }

    public Task SendAsync(string json) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(s_wait);

    /// <summary>Sends <c>connection_init</c> and expects <c>connection_ack</c>.</summary>
    public async Task InitAsync(string payload = "{}")
    {
        await SendAsync($$"""{"type":"connection_init","payload":{{payload}}}""");
        Assert.Equal("connection_ack", (await ReceiveAsync()).GetProperty("type").GetString());
    }

    /// <summary>The next message as JSON; fails if the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        (string? text, WebSocketCloseStatus? close) = await ReceiveOrCloseAsync();
        Assert.True(text is not null, $"Expected a message, the socket closed with {(int?)close} {_socket.CloseStatusDescription}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The next message's raw text.</summary>
    public async Task<string> ReceiveTextAsync()
    {
        (string? text, WebSocketCloseStatus? close) = await ReceiveOrCloseAsync();
        Assert.True(text is not null, $"Expected a message, the socket closed with {(int?)close} {_socket.CloseStatusDescription}");
        return text;
    }

    /// <summary>Expects the server to close the socket next; returns the close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        (string? text, WebSocketCloseStatus? close) = await ReceiveOrCloseAsync();
        Assert.True(text is null, $"Expected the socket to close, got {text}");
        return ((int)close!.Value, _socket.CloseStatusDescription);
    }

    private async Task<(string? Text, WebSocketCloseStatus? Close)> ReceiveOrCloseAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result = await _socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(s_wait);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, result.CloseStatus);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString(message.ToArray()), null);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(s_wait);
            }
            catch (WebSocketException)
            {
                // The server went first.
            }
        }

        _socket.Dispose();
    }
}
