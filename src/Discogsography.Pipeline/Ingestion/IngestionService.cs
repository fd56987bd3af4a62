using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>
/// The ingestor: declares the bus topology, prepares every registered store, and runs one
/// <see cref="IngestionConsumer"/> per store and type until the host stops. On stop the consumers cancel their
/// writes and close their subscriptions, so every unacknowledged delivery returns to its queue.
/// </summary>
public sealed class IngestionService : BackgroundService
{
    private readonly IMessageBus _bus;
    private readonly IReadOnlyList<ICatalogWriter> _writers;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource _consuming = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the service.</summary>
    /// <param name="bus">The bus to consume.</param>
    /// <param name="writers">The stores to write to; each needs its queues in <see cref="BusOptions.Consumers"/>.</param>
    /// <param name="options">Batching and retry settings.</param>
    /// <param name="time">The clock of flush intervals and back-off.</param>
    /// <param name="loggers">Loggers.</param>
    public IngestionService(IMessageBus bus, IEnumerable<ICatalogWriter> writers, IOptions<IngestionOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        _bus = bus;
        _writers = [.. writers];
        _options = options.Value;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<IngestionService>();
    }

    /// <summary>Completes once every consumer is subscribed (tests and readiness wait on it).</summary>
    public Task Consuming => _consuming.Task;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_writers.Count == 0)
        {
            Log.NoWriters(_logger);
            _consuming.TrySetResult();
            return;
        }

        string[] missing = [.. _writers.Select(w => w.StoreName).Where(name => !_bus.Topology.Consumers.Contains(name))];
        if (missing.Length > 0)
        {
            var failure = new InvalidOperationException(
                $"Bus:Consumers lacks the store(s) {string.Join(", ", missing)}: the extractor would not declare their queues.");
            _consuming.TrySetException(failure);
            throw failure;
        }

        var consumers = new List<IngestionConsumer>();
        try
        {
            await _bus.DeclareTopologyAsync(stoppingToken).ConfigureAwait(false);
            ILogger consumerLogger = _loggers.CreateLogger<IngestionConsumer>();
            foreach (ICatalogWriter writer in _writers)
            {
                await PrepareAsync(writer, stoppingToken).ConfigureAwait(false);
                var postImport = new PostImportCoordinator(writer, _options, _time, _loggers.CreateLogger<PostImportCoordinator>());
                foreach (DumpType type in DumpTypeExtensions.All)
                {
                    var consumer = new IngestionConsumer(_bus, writer, type, postImport, _options, _time, consumerLogger);
                    consumers.Add(consumer);
                    await consumer.StartAsync(stoppingToken).ConfigureAwait(false);
                }

                Log.Started(_logger, writer.StoreName, DumpTypeExtensions.All.Count);
            }

            _consuming.TrySetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _consuming.TrySetCanceled(stoppingToken);
        }
        catch (Exception exception)
        {
            _consuming.TrySetException(exception);
            throw;
        }
        finally
        {
            foreach (IngestionConsumer consumer in consumers)
            {
                await consumer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Prepares a store, waiting for it while it reports itself unavailable.</summary>
    private async Task PrepareAsync(ICatalogWriter writer, CancellationToken stoppingToken)
    {
        var backoff = new RetryBackoff(_options.RetryDelay, _options.RetryDelayMax, _time);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await writer.PrepareAsync(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (TransientStoreException exception) when (!stoppingToken.IsCancellationRequested)
            {
                Log.StoreRetry(_logger, writer.StoreName, "preparation", attempt, backoff.DelayFor(attempt), exception);
                await backoff.WaitAsync(attempt, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
