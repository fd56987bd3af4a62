using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.CrashProbe;

/// <summary>Slows publishing down (the publisher loop blocks before each publish) so a test can kill the process mid-file.</summary>
internal sealed class ThrottledBus(IMessageBus inner, TimeSpan pause) : IMessageBus
{
    public BusTopology Topology => inner.Topology;

    public Task DeclareTopologyAsync(CancellationToken cancellationToken) => inner.DeclareTopologyAsync(cancellationToken);

    public async Task<IBusPublisher> OpenPublisherAsync(string name, CancellationToken cancellationToken) =>
        new Publisher(await inner.OpenPublisherAsync(name, cancellationToken), pause);

    public Task<IBusSubscription> SubscribeAsync(string queue, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        inner.SubscribeAsync(queue, handler, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class Publisher(IBusPublisher inner, TimeSpan pause) : IBusPublisher
    {
        public Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
        {
            Thread.Sleep(pause);
            return inner.PublishAsync(routingKey, body, cancellationToken);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
