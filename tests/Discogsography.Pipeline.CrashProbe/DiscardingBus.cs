using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.CrashProbe;

/// <summary>A bus that confirms every publish at once and keeps nothing: measures the pipeline without a broker.</summary>
internal sealed class DiscardingBus(BusTopology topology) : IMessageBus, IBusPublisher
{
    public BusTopology Topology => topology;

    public Task DeclareTopologyAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IBusPublisher> OpenPublisherAsync(string name, CancellationToken cancellationToken) => Task.FromResult<IBusPublisher>(this);

    public Task<IBusSubscription> SubscribeAsync(string queue, Func<BusDelivery, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Nothing is kept to consume.");

    public Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
