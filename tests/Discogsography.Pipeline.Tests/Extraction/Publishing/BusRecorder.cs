using System.Collections.Concurrent;
using System.Threading.Channels;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

/// <summary>Consumes one consumer's four queues, acking everything and keeping the decoded messages per type in arrival order.</summary>
internal sealed class BusRecorder : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly List<IBusSubscription> _subscriptions = [];
    private readonly ConcurrentDictionary<DumpType, Channel<BusMessage>> _arrivals = new();

    public static async Task<BusRecorder> StartAsync(IMessageBus bus, string consumer)
    {
        var recorder = new BusRecorder();
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            Channel<BusMessage> arrivals = recorder._arrivals.GetOrAdd(type, _ => Channel.CreateUnbounded<BusMessage>());
            recorder._subscriptions.Add(await bus.SubscribeAsync(BusTopology.QueueName(consumer, type.FileToken()), async (delivery, ct) =>
            {
                arrivals.Writer.TryWrite(BusMessageReader.Read(delivery.Body));
                await delivery.AckAsync(ct);
            }, CancellationToken.None));
        }

        return recorder;
    }

    /// <summary>Messages of a type up to and including the first one matching <paramref name="last"/>.</summary>
    public async Task<List<BusMessage>> ReadUntilAsync(DumpType type, Func<BusMessage, bool> last)
    {
        var messages = new List<BusMessage>();
        while (true)
        {
            BusMessage message = await _arrivals[type].Reader.ReadAsync().AsTask().WaitAsync(Patience);
            messages.Add(message);
            if (last(message))
            {
                return messages;
            }
        }
    }

    public bool HasMore(DumpType type) => _arrivals[type].Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        foreach (IBusSubscription subscription in _subscriptions)
        {
            await subscription.DisposeAsync();
        }
    }
}
