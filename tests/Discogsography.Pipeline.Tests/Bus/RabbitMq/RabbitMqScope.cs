using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.RabbitMq;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace Discogsography.Pipeline.Tests.Bus.RabbitMq;

/// <summary>A RabbitMQ bus on its own exchange and consumer queues, deleted again on dispose, so tests never see each other's messages.</summary>
internal sealed class RabbitMqScope : IAsyncDisposable
{
    private RabbitMqScope(BusOptions options, RabbitMqBus bus)
    {
        Options = options;
        Bus = bus;
    }

    public BusOptions Options { get; }

    public RabbitMqBus Bus { get; }

    public static async Task<RabbitMqScope> CreateAsync(Action<BusOptions>? configure = null, bool declare = true)
    {
        string id = Guid.NewGuid().ToString("N")[..12];
        var options = new BusOptions
        {
            Transport = BusTransport.RabbitMq,
            Connection = RabbitMqFactAttribute.Connection,
            Exchange = $"test-{id}",
            Consumers = [$"test{id}"],
            RetryDelay = TimeSpan.FromMilliseconds(50),
            RetryDelayMax = TimeSpan.FromMilliseconds(400),
        };
        configure?.Invoke(options);
        var scope = new RabbitMqScope(options, CreateBus(options));
        if (declare)
        {
            await scope.Bus.DeclareTopologyAsync(CancellationToken.None);
        }

        return scope;
    }

    public static RabbitMqBus CreateBus(BusOptions options) => new(options, TimeProvider.System, NullLoggerFactory.Instance);

    public string QueueOf(string dataType) => BusTopology.QueueName(Options.Consumers[0], dataType);

    public static async Task<IConnection> ConnectDirectAsync() =>
        await new ConnectionFactory { Uri = new Uri(RabbitMqFactAttribute.Connection!) }.CreateConnectionAsync();

    public async ValueTask DisposeAsync()
    {
        await Bus.DisposeAsync();
        await using IConnection connection = await ConnectDirectAsync();
        await using IChannel channel = await connection.CreateChannelAsync();
        foreach (BusQueue queue in Bus.Topology.Queues)
        {
            await channel.QueueDeleteAsync(queue.Name, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(queue.DeadLetterQueue, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(queue.DeadLetterExchange, ifUnused: false);
        }

        await channel.ExchangeDeleteAsync(Bus.Topology.Exchange, ifUnused: false);
    }
}
