using System.Threading.Channels;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>
/// One store's consumer of one type's queue (<c>discogsography-&lt;store&gt;-&lt;type&gt;</c>). Deliveries are handled
/// in arrival order: data messages are gathered until <see cref="IngestionOptions.BatchRecords"/> records are held or
/// <see cref="IngestionOptions.FlushInterval"/> passed, written in one <see cref="ICatalogWriter.WriteAsync"/>, and
/// acknowledged only after it returned. Any other message first writes what came before it. Unacknowledged
/// deliveries go back to the queue when the consumer stops, so nothing is lost and redelivery is harmless.
/// </summary>
internal sealed partial class IngestionConsumer : IAsyncDisposable
{
    private readonly Channel<BusDelivery> _inbox = Channel.CreateUnbounded<BusDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly PendingBatch _batch = new();
    private readonly IMessageBus _bus;
    private readonly ICatalogWriter _writer;
    private readonly PostImportCoordinator _postImport;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _time;
    private readonly RetryBackoff _backoff;
    private readonly ILogger _logger;
    private IBusSubscription? _subscription;
    private Task _loop = Task.CompletedTask;

    /// <summary>Creates a consumer; <see cref="StartAsync"/> subscribes it.</summary>
    /// <param name="bus">The bus whose queue it consumes and whose dead-letter queue takes refused records.</param>
    /// <param name="writer">The store written to.</param>
    /// <param name="type">The type of the queue.</param>
    /// <param name="postImport">The store's post-import coordinator, told about <c>extraction_complete</c> and dead letters.</param>
    /// <param name="options">Batching and retry settings.</param>
    /// <param name="time">The clock of the flush interval and the back-off.</param>
    /// <param name="logger">The logger.</param>
    public IngestionConsumer(IMessageBus bus, ICatalogWriter writer, DumpType type, PostImportCoordinator postImport, IngestionOptions options, TimeProvider time, ILogger logger)
    {
        _bus = bus;
        _writer = writer;
        _postImport = postImport;
        _options = options;
        _time = time;
        _logger = logger;
        _backoff = new RetryBackoff(options.RetryDelay, options.RetryDelayMax, time);
        Type = type;
        Queue = BusTopology.QueueName(writer.StoreName, type.FileToken());
    }

    /// <summary>The type of the records consumed.</summary>
    public DumpType Type { get; }

    /// <summary>The queue consumed.</summary>
    public string Queue { get; }

    /// <summary>Subscribes to the queue and starts handling deliveries.</summary>
    /// <param name="cancellationToken">Cancels subscribing.</param>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        _subscription = await _bus.SubscribeAsync(Queue, _options.Prefetch, (delivery, _) =>
        {
            _inbox.Writer.TryWrite(delivery);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops: a write in progress is cancelled (its transaction rolls back), then the subscription closes and every unacknowledged delivery returns to the queue.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        if (_subscription is not null)
        {
            await _subscription.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        ChannelReader<BusDelivery> inbox = _inbox.Reader;
        DateTimeOffset flushAt = DateTimeOffset.MaxValue;
        while (!stopping.IsCancellationRequested)
        {
            BusDelivery? delivery = _batch.IsEmpty
                ? await inbox.ReadAsync(stopping).ConfigureAwait(false)
                : await ReadBeforeAsync(inbox, flushAt, stopping).ConfigureAwait(false);
            if (delivery is null)
            {
                await FlushAsync(stopping).ConfigureAwait(false);
                continue;
            }

            BusMessage? message = TryRead(delivery, out string? problem);
            if (message is DataBatchMessage data && data.DataType == Type)
            {
                if (_batch.IsEmpty)
                {
                    flushAt = _time.GetUtcNow() + _options.FlushInterval;
                }

                _batch.Add(delivery, data);
                if (_batch.Records.Count >= _options.BatchRecords)
                {
                    await FlushAsync(stopping).ConfigureAwait(false);
                }

                continue;
            }

            // Whatever came before this message is written first: file_complete and extraction_complete mean "after the data".
            await FlushAsync(stopping).ConfigureAwait(false);
            await HandleOtherAsync(delivery, message, problem ?? $"a {message?.Type} message of another data type on this queue", stopping).ConfigureAwait(false);
        }
    }

    /// <summary>The next delivery if one arrives before <paramref name="flushAt"/>; null when the batch is due.</summary>
    private async Task<BusDelivery?> ReadBeforeAsync(ChannelReader<BusDelivery> inbox, DateTimeOffset flushAt, CancellationToken stopping)
    {
        if (inbox.TryRead(out BusDelivery? ready))
        {
            return ready;
        }

        TimeSpan remaining = flushAt - _time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Task<bool> arrival = inbox.WaitToReadAsync(wait.Token).AsTask();
        Task due = Task.Delay(remaining, _time, wait.Token);
        await Task.WhenAny(arrival, due).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        stopping.ThrowIfCancellationRequested();
        return inbox.TryRead(out BusDelivery? next) ? next : null;
    }

    private static BusMessage? TryRead(BusDelivery delivery, out string? problem)
    {
        try
        {
            problem = null;
            return BusMessageReader.Read(delivery.Body);
        }
        catch (FormatException exception)
        {
            problem = exception.InnerException is { } inner ? $"{exception.Message} {inner.Message}" : exception.Message;
            return null;
        }
    }
}
