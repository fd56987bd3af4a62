using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.InProcess;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Pipeline.Tests.Bus.InProcess;

public sealed class InProcessBusTests
{
    private static readonly string ArtistsKey = BusTopology.RoutingKey("artists");
    private static readonly string ArtistsQueue = BusTopology.QueueName("ingestor", "artists");

    private static async Task<InProcessBus> CreateBusAsync(int prefetch = 8, int maxQueueLength = 256, int deliveryLimit = 20, params string[] consumers)
    {
        var options = new BusOptions { Prefetch = prefetch, DeliveryLimit = deliveryLimit, Consumers = consumers.Length == 0 ? ["ingestor"] : consumers };
        var bus = new InProcessBus(options, NullLogger<InProcessBus>.Instance, maxQueueLength);
        await bus.DeclareTopologyAsync(CancellationToken.None);
        return bus;
    }

    [Fact]
    public async Task PublishAsync_BeforeTopologyIsDeclared_FailsAsUnroutable()
    {
        var bus = new InProcessBus(new BusOptions(), NullLogger<InProcessBus>.Instance);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);

        await Assert.ThrowsAsync<BusPublishException>(() => publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("{}"), CancellationToken.None));
    }

    [Fact]
    public async Task PublishAsync_OneSubscription_DeliversInPublishOrder()
    {
        InProcessBus bus = await CreateBusAsync(prefetch: 3);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        for (int i = 0; i < 50; i++)
        {
            await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes($"{i}"), CancellationToken.None);
        }

        var inbox = new DeliveryInbox();
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, async (delivery, ct) =>
        {
            await inbox.Handler(delivery, ct);
            await delivery.AckAsync(ct);
        }, CancellationToken.None);
        List<BusDelivery> received = await inbox.TakeAsync(50);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"{i}"), received.Select(DeliveryInbox.Text));
        Assert.All(received, d => Assert.Equal(ArtistsKey, d.RoutingKey));
    }

    [Fact]
    public async Task PublishAsync_TwoConsumers_EachConsumerQueueGetsTheMessageAndOtherTypesDoNot()
    {
        InProcessBus bus = await CreateBusAsync(consumers: ["graph", "catalog"]);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);

        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("a"), CancellationToken.None);

        Assert.Equal(1, bus.ReadyCount(BusTopology.QueueName("graph", "artists")));
        Assert.Equal(1, bus.ReadyCount(BusTopology.QueueName("catalog", "artists")));
        Assert.Equal(0, bus.ReadyCount(BusTopology.QueueName("graph", "labels")));
    }

    [Fact]
    public async Task SubscribeAsync_CompetingSubscriptions_ShareMessagesWithoutOverlap()
    {
        InProcessBus bus = await CreateBusAsync(prefetch: 2);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var first = new DeliveryInbox();
        var second = new DeliveryInbox();
        await using IBusSubscription one = await bus.SubscribeAsync(ArtistsQueue, first.Handler, CancellationToken.None);
        await using IBusSubscription two = await bus.SubscribeAsync(ArtistsQueue, second.Handler, CancellationToken.None);

        for (int i = 0; i < 4; i++)
        {
            await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes($"{i}"), CancellationToken.None);
        }

        List<BusDelivery> fromFirst = await first.TakeAsync(2);
        List<BusDelivery> fromSecond = await second.TakeAsync(2);

        string[] all = [.. fromFirst.Concat(fromSecond).Select(DeliveryInbox.Text).Order()];
        Assert.Equal(["0", "1", "2", "3"], all);
        Assert.Equal(0, bus.ReadyCount(ArtistsQueue));
    }

    [Fact]
    public async Task SubscribeAsync_PrefetchReached_HoldsFurtherMessagesUntilAnAck()
    {
        InProcessBus bus = await CreateBusAsync(prefetch: 2);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var inbox = new DeliveryInbox();
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, inbox.Handler, CancellationToken.None);
        for (int i = 0; i < 3; i++)
        {
            await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes($"{i}"), CancellationToken.None);
        }

        List<BusDelivery> held = await inbox.TakeAsync(2);
        Assert.Equal(1, bus.ReadyCount(ArtistsQueue));

        await held[0].AckAsync(CancellationToken.None);
        BusDelivery third = await inbox.NextAsync();

        Assert.Equal("2", DeliveryInbox.Text(third));
    }

    [Fact]
    public async Task NackAsync_WithoutRequeue_MovesTheMessageToTheDeadLetterQueue()
    {
        InProcessBus bus = await CreateBusAsync();
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var inbox = new DeliveryInbox();
        var dead = new DeliveryInbox();
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, inbox.Handler, CancellationToken.None);
        await using IBusSubscription deadLetters = await bus.SubscribeAsync(ArtistsQueue + ".dlq", dead.Handler, CancellationToken.None);
        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("poison"), CancellationToken.None);

        BusDelivery delivery = await inbox.NextAsync();
        await delivery.NackAsync(requeue: false, CancellationToken.None);
        BusDelivery deadLettered = await dead.NextAsync();

        Assert.Equal("poison", DeliveryInbox.Text(deadLettered));
        Assert.Equal(0, bus.ReadyCount(ArtistsQueue));
    }

    [Fact]
    public async Task NackAsync_WithRequeue_RedeliversTheMessageMarkedRedelivered()
    {
        InProcessBus bus = await CreateBusAsync();
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var inbox = new DeliveryInbox();
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, inbox.Handler, CancellationToken.None);
        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("retry me"), CancellationToken.None);

        BusDelivery first = await inbox.NextAsync();
        await first.NackAsync(requeue: true, CancellationToken.None);
        BusDelivery second = await inbox.NextAsync();

        Assert.False(first.Redelivered);
        Assert.True(second.Redelivered);
        Assert.Equal("retry me", DeliveryInbox.Text(second));
    }

    [Fact]
    public async Task NackAsync_RequeuedPastTheDeliveryLimit_DeadLetters()
    {
        InProcessBus bus = await CreateBusAsync(deliveryLimit: 3);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var inbox = new DeliveryInbox();
        var dead = new DeliveryInbox();
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, inbox.Handler, CancellationToken.None);
        await using IBusSubscription deadLetters = await bus.SubscribeAsync(ArtistsQueue + ".dlq", dead.Handler, CancellationToken.None);
        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("flaky"), CancellationToken.None);

        for (int i = 0; i < 3; i++)
        {
            BusDelivery delivery = await inbox.NextAsync();
            await delivery.NackAsync(requeue: true, CancellationToken.None);
        }

        BusDelivery deadLettered = await dead.NextAsync();
        Assert.Equal("flaky", DeliveryInbox.Text(deadLettered));
        Assert.False(inbox.TryTake(out _));
    }

    [Fact]
    public async Task HandlerThrows_MessageReturnsToTheQueueAndIsDeliveredAgain()
    {
        InProcessBus bus = await CreateBusAsync();
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var inbox = new DeliveryInbox();
        int calls = 0;
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, async (delivery, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("store down");
            }

            await inbox.Handler(delivery, ct);
        }, CancellationToken.None);

        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("x"), CancellationToken.None);
        BusDelivery second = await inbox.NextAsync();

        Assert.True(second.Redelivered);
    }

    [Fact]
    public async Task DisposeAsync_WithUnackedDeliveries_ReturnsThemToTheQueueInOrder()
    {
        InProcessBus bus = await CreateBusAsync(prefetch: 5);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var inbox = new DeliveryInbox();
        IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, inbox.Handler, CancellationToken.None);
        for (int i = 0; i < 3; i++)
        {
            await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes($"{i}"), CancellationToken.None);
        }

        List<BusDelivery> unacked = await inbox.TakeAsync(3);
        await unacked[0].AckAsync(CancellationToken.None);
        await subscription.DisposeAsync();
        var next = new DeliveryInbox();
        await using IBusSubscription again = await bus.SubscribeAsync(ArtistsQueue, next.Handler, CancellationToken.None);
        List<BusDelivery> redelivered = await next.TakeAsync(2);

        Assert.Equal(["1", "2"], redelivered.Select(DeliveryInbox.Text));
        Assert.All(redelivered, d => Assert.True(d.Redelivered));
    }

    [Fact]
    public async Task PublishAsync_QueueFull_ConfirmCompletesOnlyAfterAConsumerAcks()
    {
        InProcessBus bus = await CreateBusAsync(maxQueueLength: 2);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("0"), CancellationToken.None);
        await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("1"), CancellationToken.None);

        Task third = publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes("2"), CancellationToken.None);
        Assert.False(third.IsCompleted);

        var inbox = new DeliveryInbox();
        await using IBusSubscription subscription = await bus.SubscribeAsync(ArtistsQueue, inbox.Handler, CancellationToken.None);
        BusDelivery first = await inbox.NextAsync();
        await first.AckAsync(CancellationToken.None);
        await third.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(third.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task CompetingSubscriptions_SomeDeliveriesRequeued_EveryMessageIsAckedExactlyOnce()
    {
        const int Count = 2000;
        InProcessBus bus = await CreateBusAsync(prefetch: 4, maxQueueLength: 64);
        IBusPublisher publisher = await bus.OpenPublisherAsync("test", CancellationToken.None);
        var acked = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscriptions = new List<IBusSubscription>();
        for (int s = 0; s < 3; s++)
        {
            var random = new Random(s);
            subscriptions.Add(await bus.SubscribeAsync(ArtistsQueue, async (delivery, ct) =>
            {
                if (!delivery.Redelivered && random.Next(10) == 0)
                {
                    await delivery.NackAsync(requeue: true, ct);
                    return;
                }

                await delivery.AckAsync(ct);
                if (acked.AddOrUpdate(DeliveryInbox.Text(delivery), 1, (_, n) => n + 1) == 1 && acked.Count == Count)
                {
                    done.TrySetResult();
                }
            }, CancellationToken.None));
        }

        for (int i = 0; i < Count; i++)
        {
            await publisher.PublishAsync(ArtistsKey, DeliveryInbox.Bytes($"{i}"), CancellationToken.None);
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
        foreach (IBusSubscription subscription in subscriptions)
        {
            await subscription.DisposeAsync();
        }

        Assert.Equal(Count, acked.Count);
        Assert.All(acked.Values, n => Assert.Equal(1, n));
        Assert.Equal(0, bus.ReadyCount(ArtistsQueue));
    }
}
