using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>An <see cref="IngestionService"/> over a bus (in-process or RabbitMQ) with one scripted store, started and stopped by a test.</summary>
internal sealed class IngestionHarness : IAsyncDisposable
{
    private readonly IngestionService _service;
    private IBusPublisher? _publisher;
    private bool _stopped;

    private IngestionHarness(IMessageBus bus, ScriptedCatalogWriter writer, IngestionOptions options)
    {
        Bus = bus;
        Writer = writer;
        _service = new IngestionService(bus, [writer], Options.Create(options), TimeProvider.System, NullLoggerFactory.Instance);
    }

    public IMessageBus Bus { get; }

    public ScriptedCatalogWriter Writer { get; }

    public static IngestionOptions FastOptions(int batchRecords = 30, TimeSpan? flushInterval = null) => new()
    {
        BatchRecords = batchRecords,
        Prefetch = 16,
        FlushInterval = flushInterval ?? TimeSpan.FromMilliseconds(50),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        RetryDelayMax = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>Starts consuming; the writer's store name must be a consumer of the bus.</summary>
    public static async Task<IngestionHarness> StartAsync(IMessageBus bus, ScriptedCatalogWriter writer, IngestionOptions? options = null)
    {
        var harness = new IngestionHarness(bus, writer, options ?? FastOptions());
        await harness._service.StartAsync(CancellationToken.None);
        await harness._service.Consuming.WaitAsync(TimeSpan.FromSeconds(30));
        return harness;
    }

    public string QueueOf(DumpType type) => BusTopology.QueueName(Writer.StoreName, type.FileToken());

    public async Task PublishAsync(DumpType type, byte[] body)
    {
        _publisher ??= await Bus.OpenPublisherAsync("ingestion-test", CancellationToken.None);
        await _publisher.PublishAsync(BusTopology.RoutingKey(type.FileToken()), body, CancellationToken.None);
    }

    /// <summary>Stops the consumers: writes in progress are cancelled and unacknowledged deliveries return to their queues.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _service.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }

        _service.Dispose();
    }
}
