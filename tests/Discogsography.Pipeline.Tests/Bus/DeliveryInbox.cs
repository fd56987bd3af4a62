using System.Text;
using System.Threading.Channels;
using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.Tests.Bus;

/// <summary>Collects deliveries from a subscription so a test can await them in order (bounded by a timeout, never a sleep).</summary>
internal sealed class DeliveryInbox
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Channel<BusDelivery> _received = Channel.CreateUnbounded<BusDelivery>();

    public Func<BusDelivery, CancellationToken, Task> Handler => (delivery, _) =>
    {
        _received.Writer.TryWrite(delivery);
        return Task.CompletedTask;
    };

    public async Task<BusDelivery> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    public async Task<List<BusDelivery>> TakeAsync(int count)
    {
        var taken = new List<BusDelivery>();
        for (int i = 0; i < count; i++)
        {
            taken.Add(await NextAsync());
        }

        return taken;
    }

    public bool TryTake(out BusDelivery? delivery) => _received.Reader.TryRead(out delivery);

    public static string Text(BusDelivery delivery) => Encoding.UTF8.GetString(delivery.Body.Span);

    public static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
