using System.Net;
using System.Net.Sockets;

namespace Discogsography.Pipeline.Tests.Bus.RabbitMq;

/// <summary>A loopback TCP relay in front of the broker; <see cref="SeverAll"/> cuts every relayed connection like a network failure.</summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private readonly string _targetHost;
    private readonly int _targetPort;

    public TcpProxy(Uri target)
    {
        _targetHost = target.Host;
        _targetPort = target.Port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Accepted { get; private set; }

    public void SeverAll()
    {
        lock (_gate)
        {
            foreach (TcpClient client in _open)
            {
                try
                {
                    client.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
                {
                }

                client.Dispose();
            }

            _open.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        SeverAll();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient inbound = await _listener.AcceptTcpClientAsync(_stopping.Token);
            var outbound = new TcpClient();
            await outbound.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            lock (_gate)
            {
                Accepted++;
                _open.Add(inbound);
                _open.Add(outbound);
            }

            _ = RelayAsync(inbound, outbound);
            _ = RelayAsync(outbound, inbound);
        }
    }

    private async Task RelayAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _stopping.Token);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
