using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Discogsography.Pipeline.Bus.RabbitMq;

/// <summary>
/// The RabbitMQ transport: topology declaration, publishers with their own connection each (no automatic
/// recovery: the publisher reconnects and republishes itself), and consumers on a shared, self-recovering
/// connection with one channel per subscription.
/// </summary>
internal sealed class RabbitMqBus : IMessageBus
{
    private readonly SemaphoreSlim _consumerGate = new(1, 1);
    private readonly BusOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly Uri _uri;
    private readonly RetryBackoff _backoff;
    private readonly SemaphoreSlim _deadLetterGate = new(1, 1);
    private IConnection? _consumerConnection;
    private IChannel? _deadLetterChannel;

    /// <summary>Creates the transport; nothing connects until used.</summary>
    public RabbitMqBus(BusOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _options = options;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<RabbitMqBus>();
        _uri = new Uri(options.Connection ?? throw new InvalidOperationException("Bus:Connection (AMQP_CONNECTION) is not set."));
        _backoff = new RetryBackoff(options.RetryDelay, options.RetryDelayMax, time);
        Topology = options.CreateTopology();
    }

    /// <inheritdoc/>
    public BusTopology Topology { get; }

    /// <inheritdoc/>
    public async Task DeclareTopologyAsync(CancellationToken cancellationToken)
    {
        await using IConnection connection = await ConnectAsync("discogsography-topology", automaticRecovery: false, cancellationToken).ConfigureAwait(false);
        await using IChannel channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(Topology.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (BusQueue queue in Topology.Queues)
        {
            await channel.ExchangeDeclareAsync(queue.DeadLetterExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.QueueDeclareAsync(queue.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false,
                new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.QueueBindAsync(queue.DeadLetterQueue, queue.DeadLetterExchange, routingKey: "", cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false,
                new Dictionary<string, object?>
                {
                    ["x-queue-type"] = "quorum",
                    ["x-dead-letter-exchange"] = queue.DeadLetterExchange,
                    ["x-delivery-limit"] = Topology.DeliveryLimit,
                },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            await channel.QueueBindAsync(queue.Name, Topology.Exchange, queue.RoutingKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await channel.CloseAsync(cancellationToken).ConfigureAwait(false);
        await connection.CloseAsync(cancellationToken).ConfigureAwait(false);
        Log.TopologyDeclared(_logger, Topology.Exchange, Topology.Queues.Count);
    }

    /// <inheritdoc/>
    public async Task<IBusPublisher> OpenPublisherAsync(string name, CancellationToken cancellationToken)
    {
        var publisher = new RabbitMqPublisher(this, _options, _backoff, _loggers.CreateLogger<RabbitMqPublisher>(), name);
        await publisher.ConnectAsync(cancellationToken).ConfigureAwait(false);
        return publisher;
    }

    /// <inheritdoc/>
    public Task<IBusSubscription> SubscribeAsync(string queue, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        SubscribeAsync(queue, _options.Prefetch, handler, cancellationToken);

    /// <inheritdoc/>
    public async Task<IBusSubscription> SubscribeAsync(string queue, int prefetch, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(prefetch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefetch, ushort.MaxValue);
        IConnection connection = await GetConsumerConnectionAsync(cancellationToken).ConfigureAwait(false);
        IChannel channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.BasicQosAsync(0, (ushort)prefetch, global: false, cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivered) =>
        {
            var delivery = new RabbitMqDelivery
            {
                Queue = queue,
                RoutingKey = delivered.RoutingKey,
                Body = delivered.Body.ToArray(),
                Redelivered = delivered.Redelivered,
                Headers = RabbitMqHeaders.Read(delivered.BasicProperties.Headers),
                Channel = channel,
                DeliveryTag = delivered.DeliveryTag,
            };
            try
            {
                await handler(delivery, delivered.CancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.HandlerFailed(_logger, queue, exception);
                await delivery.NackAsync(requeue: true, CancellationToken.None).ConfigureAwait(false);
            }
        };
        string tag = await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
        return new RabbitMqSubscription(queue, channel, tag);
    }

    /// <inheritdoc/>
    public async Task PublishDeadLetterAsync(string queue, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        BusQueue declared = Topology.Queues.FirstOrDefault(q => q.Name == queue)
            ?? throw new BusPublishException($"'{queue}' is not a consumer queue of this bus.");
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            DeliveryMode = DeliveryModes.Persistent,
            Headers = RabbitMqHeaders.Write(headers),
        };
        await _deadLetterGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    if (_deadLetterChannel is not { IsOpen: true })
                    {
                        IConnection connection = await GetConsumerConnectionAsync(cancellationToken).ConfigureAwait(false);
                        _deadLetterChannel?.Dispose();
                        _deadLetterChannel = await connection.CreateChannelAsync(
                            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                            cancellationToken).ConfigureAwait(false);
                    }

                    // The dead-letter exchange is a fanout bound to the dead-letter queue alone; mandatory makes a missing queue an error.
                    await _deadLetterChannel.BasicPublishAsync(declared.DeadLetterExchange, declared.RoutingKey, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
                {
                    if (attempt >= _options.PublishAttempts)
                    {
                        throw new BusPublishException($"Could not publish to the dead-letter queue of '{queue}' after {attempt} attempts.", exception);
                    }

                    Log.PublishRetry(_logger, declared.DeadLetterExchange, attempt, exception.Message, _backoff.DelayFor(attempt));
                    await _backoff.WaitAsync(attempt, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _deadLetterGate.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _deadLetterChannel?.Dispose();
        if (_consumerConnection is { } connection)
        {
            try
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Already closed by the broker or the network.
            }

            connection.Dispose();
        }

        _consumerGate.Dispose();
        _deadLetterGate.Dispose();
    }

    /// <summary>Opens a connection, retrying with back-off up to the configured attempts.</summary>
    /// <param name="name">The client-provided connection name.</param>
    /// <param name="automaticRecovery">Whether the client library recovers the connection and its topology itself.</param>
    /// <param name="cancellationToken">Cancels connecting and waiting.</param>
    internal async Task<IConnection> ConnectAsync(string name, bool automaticRecovery, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = _uri,
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = automaticRecovery,
            TopologyRecoveryEnabled = automaticRecovery,
            NetworkRecoveryInterval = _options.RetryDelay,
        };
        string endpoint = AmqpEndpoint.Redact(_uri);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                IConnection connection = await factory.CreateConnectionAsync(name, cancellationToken).ConfigureAwait(false);
                Log.Connected(_logger, endpoint, name);
                return connection;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
            {
                if (attempt >= _options.ConnectAttempts)
                {
                    throw new BusPublishException($"Could not connect to RabbitMQ at {endpoint} after {attempt} attempts.", exception);
                }

                Log.ConnectFailed(_logger, endpoint, attempt, _backoff.DelayFor(attempt), exception);
                await _backoff.WaitAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<IConnection> GetConsumerConnectionAsync(CancellationToken cancellationToken)
    {
        await _consumerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _consumerConnection ??= await ConnectAsync("discogsography-consumers", automaticRecovery: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _consumerGate.Release();
        }
    }
}
