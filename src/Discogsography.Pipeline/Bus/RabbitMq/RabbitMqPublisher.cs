using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Discogsography.Pipeline.Bus.RabbitMq;

/// <summary>
/// Publishes over one connection and one confirm-tracking channel. Many publishes may be in flight; each one's
/// task completes on its confirm. A nack or return is retried after a back-off; a lost connection is replaced
/// (once, by whichever publish notices first) and every affected message is published again.
/// </summary>
internal sealed class RabbitMqPublisher : IBusPublisher
{
    private static readonly BasicProperties Persistent = new()
    {
        ContentType = "application/json",
        ContentEncoding = "utf-8",
        DeliveryMode = DeliveryModes.Persistent,
    };

    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly RabbitMqBus _bus;
    private readonly BusOptions _options;
    private readonly RetryBackoff _backoff;
    private readonly ILogger _logger;
    private readonly string _name;
    private IConnection? _connection;
    private IChannel? _channel;

    /// <summary>Creates a publisher; it connects on first use.</summary>
    public RabbitMqPublisher(RabbitMqBus bus, BusOptions options, RetryBackoff backoff, ILogger logger, string name)
    {
        _bus = bus;
        _options = options;
        _backoff = backoff;
        _logger = logger;
        _name = name;
    }

    /// <summary>Opens the connection and channel now.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken) => await GetChannelAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        int refusals = 0;
        int losses = 0;
        while (true)
        {
            IChannel channel = await GetChannelAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await channel.BasicPublishAsync(_bus.Topology.Exchange, routingKey, mandatory: true, Persistent, body, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (PublishException exception) when (!cancellationToken.IsCancellationRequested && channel.IsOpen)
            {
                refusals++;
                string reason = exception.IsReturn ? "returned as unroutable" : "nacked by the broker";
                if (refusals >= _options.PublishAttempts)
                {
                    throw new BusPublishException($"Message to '{routingKey}' was {reason} {refusals} times.", exception);
                }

                Log.PublishRetry(_logger, routingKey, refusals, reason, _backoff.DelayFor(refusals));
                await _backoff.WaitAsync(refusals, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not BusPublishException)
            {
                losses++;
                if (losses > _options.ConnectAttempts)
                {
                    throw new BusPublishException($"Message to '{routingKey}' failed after {losses} connection losses.", exception);
                }

                await DropChannelAsync(channel, exception).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _connectGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _connectGate.Release();
            _connectGate.Dispose();
        }
    }

    private async ValueTask<IChannel> GetChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_channel is { IsOpen: true } reopened)
            {
                return reopened;
            }

            await CloseAsync().ConfigureAwait(false);
            _connection = await _bus.ConnectAsync(_name, automaticRecovery: false, cancellationToken).ConfigureAwait(false);
            _channel = await _connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
                cancellationToken).ConfigureAwait(false);
            return _channel;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private async Task DropChannelAsync(IChannel failed, Exception exception)
    {
        await _connectGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(_channel, failed))
            {
                Log.ConnectionLost(_logger, _name, exception);
                await CloseAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private async Task CloseAsync()
    {
        IChannel? channel = _channel;
        IConnection? connection = _connection;
        _channel = null;
        _connection = null;
        try
        {
            if (channel is { IsOpen: true })
            {
                await channel.CloseAsync().ConfigureAwait(false);
            }

            if (connection is { IsOpen: true })
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
        catch (Exception closing) when (closing is not OutOfMemoryException)
        {
            // Closing a broken connection fails; it is being replaced or abandoned either way.
        }
        finally
        {
            channel?.Dispose();
            connection?.Dispose();
        }
    }
}
