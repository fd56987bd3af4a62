using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

/// <summary>A bus whose publishers refuse every publish after the first <c>allowed</c> ones (the confirm faults), as a broker that nacks forever would.</summary>
internal sealed class FailingBus(IMessageBus inner, int allowed) : IMessageBus
{
    private int _published;

    public BusTopology Topology => inner.Topology;

    public Task DeclareTopologyAsync(CancellationToken cancellationToken) => inner.DeclareTopologyAsync(cancellationToken);

    public async Task<IBusPublisher> OpenPublisherAsync(string name, CancellationToken cancellationToken) =>
        new Publisher(this, await inner.OpenPublisherAsync(name, cancellationToken));

    public Task<IBusSubscription> SubscribeAsync(string queue, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        inner.SubscribeAsync(queue, handler, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private bool Allow() => Interlocked.Increment(ref _published) <= allowed;

    private sealed class Publisher(FailingBus owner, IBusPublisher inner) : IBusPublisher
    {
        public Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
            owner.Allow()
                ? inner.PublishAsync(routingKey, body, cancellationToken)
                : Task.FromException(new BusPublishException("nacked (test)"));

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
