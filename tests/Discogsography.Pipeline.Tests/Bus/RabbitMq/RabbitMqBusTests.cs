using System.Text;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.RabbitMq;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Discogsography.Pipeline.Tests.Bus.RabbitMq;

public sealed class RabbitMqBusTests
{
    [RabbitMqFact]
    public async Task DeclareTopologyAsync_ConsumerQueues_AreQuorumQueuesWithTheirDeadLetterExchange()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        BusQueue queue = scope.Bus.Topology.Queues[0];
        await using IConnection connection = await RabbitMqScope.ConnectDirectAsync();

        // Re-declaring with the same arguments succeeds; with another queue type or dead-letter exchange the broker refuses.
        await using (IChannel same = await connection.CreateChannelAsync())
        {
            await same.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-dead-letter-exchange"] = queue.DeadLetterExchange,
                ["x-delivery-limit"] = scope.Options.DeliveryLimit,
            });
        }

        await using IChannel classic = await connection.CreateChannelAsync();
        OperationInterruptedException refused = await Assert.ThrowsAsync<OperationInterruptedException>(() =>
            classic.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?> { ["x-queue-type"] = "classic" }));
        Assert.Equal((ushort)406, refused.ShutdownReason?.ReplyCode);

        await using IChannel otherDlx = await connection.CreateChannelAsync();
        await Assert.ThrowsAsync<OperationInterruptedException>(() =>
            otherDlx.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-dead-letter-exchange"] = "elsewhere",
                ["x-delivery-limit"] = scope.Options.DeliveryLimit,
            }));
    }

    [RabbitMqFact]
    public async Task NackAsync_WithoutRequeue_DeadLettersThroughTheBroker()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        string queue = scope.QueueOf("labels");
        await using (IBusPublisher publisher = await scope.Bus.OpenPublisherAsync("test", CancellationToken.None))
        {
            await publisher.PublishAsync(BusTopology.RoutingKey("labels"), Encoding.UTF8.GetBytes("poison"), CancellationToken.None);
        }

        var inbox = new DeliveryInbox();
        var dead = new DeliveryInbox();
        await using IBusSubscription subscription = await scope.Bus.SubscribeAsync(queue, inbox.Handler, CancellationToken.None);
        await using IBusSubscription deadLetters = await scope.Bus.SubscribeAsync(queue + ".dlq", dead.Handler, CancellationToken.None);
        BusDelivery delivery = await inbox.NextAsync();
        await delivery.NackAsync(requeue: false, CancellationToken.None);
        BusDelivery deadLettered = await dead.NextAsync();
        await deadLettered.AckAsync(CancellationToken.None);

        Assert.Equal("poison", DeliveryInbox.Text(deadLettered));
    }

    [RabbitMqFact]
    public async Task PublishAsync_ManyConfirmsInFlight_EveryMessageIsConsumedIntact()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        string[] sent = [.. Enumerable.Range(0, 300).Select(i => $"{{\"n\":{i},\"pad\":\"{new string('x', i % 97)}\"}}")];
        await using (IBusPublisher publisher = await scope.Bus.OpenPublisherAsync("test", CancellationToken.None))
        {
            int confirmed = 0;
            var window = new ConfirmWindow<int>(scope.Options.ConfirmWindow, _ => confirmed++);
            foreach (string body in sent)
            {
                await window.AddAsync(publisher.PublishAsync(BusTopology.RoutingKey("masters"), Encoding.UTF8.GetBytes(body), CancellationToken.None), 0);
            }

            await window.DrainAsync();
            Assert.Equal(sent.Length, confirmed);
        }

        var inbox = new DeliveryInbox();
        await using IBusSubscription subscription = await scope.Bus.SubscribeAsync(scope.QueueOf("masters"), async (delivery, ct) =>
        {
            await delivery.AckAsync(ct);
            await inbox.Handler(delivery, ct);
        }, CancellationToken.None);
        List<BusDelivery> received = await inbox.TakeAsync(sent.Length);

        Assert.Equal(sent, received.Select(DeliveryInbox.Text));
    }

    [RabbitMqFact]
    public async Task PublishAsync_NoQueueBound_FailsAsReturnedAfterItsAttempts()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync(o => o.PublishAttempts = 2);
        await using IBusPublisher publisher = await scope.Bus.OpenPublisherAsync("test", CancellationToken.None);

        BusPublishException failure = await Assert.ThrowsAsync<BusPublishException>(() =>
            publisher.PublishAsync("discogsography.nothing", Encoding.UTF8.GetBytes("{}"), CancellationToken.None));

        Assert.Contains("unroutable", failure.Message, StringComparison.Ordinal);
    }

    [RabbitMqFact]
    public async Task PublishAsync_ConnectionSeveredMidStream_ReconnectsAndEveryMessageArrives()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        var target = new Uri(scope.Options.Connection!);
        await using var proxy = new TcpProxy(target);
        var viaProxy = new UriBuilder(target) { Port = proxy.Port }.Uri.ToString();
        var publishingOptions = new BusOptions
        {
            Transport = BusTransport.RabbitMq,
            Connection = viaProxy,
            Exchange = scope.Options.Exchange,
            Consumers = scope.Options.Consumers,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            RetryDelayMax = TimeSpan.FromMilliseconds(400),
        };
        await using RabbitMqBus publishingBus = RabbitMqScope.CreateBus(publishingOptions);
        const int Count = 400;
        await using (IBusPublisher publisher = await publishingBus.OpenPublisherAsync("severed", CancellationToken.None))
        {
            int confirmed = 0;
            var window = new ConfirmWindow<int>(16, _ => confirmed++);
            for (int i = 0; i < Count; i++)
            {
                if (i == Count / 2)
                {
                    Assert.True(confirmed > 0);
                    proxy.SeverAll();
                }

                await window.AddAsync(publisher.PublishAsync(BusTopology.RoutingKey("artists"), Encoding.UTF8.GetBytes($"{i}"), CancellationToken.None), i);
            }

            await window.DrainAsync();
            Assert.Equal(Count, confirmed);
        }

        Assert.True(proxy.Accepted >= 2, "the publisher should have opened a second connection");
        var inbox = new DeliveryInbox();
        var seen = new HashSet<string>();
        await using IBusSubscription subscription = await scope.Bus.SubscribeAsync(scope.QueueOf("artists"), async (delivery, ct) =>
        {
            await delivery.AckAsync(ct);
            await inbox.Handler(delivery, ct);
        }, CancellationToken.None);
        while (seen.Count < Count)
        {
            seen.Add(DeliveryInbox.Text(await inbox.NextAsync()));
        }

        Assert.Equal(Enumerable.Range(0, Count).Select(i => $"{i}").ToHashSet(), seen);
    }

    [RabbitMqFact]
    public async Task SubscribeAsync_ConsumerConnectionSevered_RecoversAndKeepsReceiving()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync();
        var target = new Uri(scope.Options.Connection!);
        await using var proxy = new TcpProxy(target);
        var consumingOptions = new BusOptions
        {
            Transport = BusTransport.RabbitMq,
            Connection = new UriBuilder(target) { Port = proxy.Port }.Uri.ToString(),
            Exchange = scope.Options.Exchange,
            Consumers = scope.Options.Consumers,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            RetryDelayMax = TimeSpan.FromMilliseconds(400),
        };
        await using RabbitMqBus consumingBus = RabbitMqScope.CreateBus(consumingOptions);
        var inbox = new DeliveryInbox();
        await using IBusSubscription subscription = await consumingBus.SubscribeAsync(scope.QueueOf("releases"), async (delivery, ct) =>
        {
            await delivery.AckAsync(ct);
            await inbox.Handler(delivery, ct);
        }, CancellationToken.None);
        await using IBusPublisher publisher = await scope.Bus.OpenPublisherAsync("test", CancellationToken.None);
        var seen = new HashSet<string>();

        foreach (int batch in new[] { 0, 1 })
        {
            if (batch == 1)
            {
                proxy.SeverAll();
            }

            for (int i = 0; i < 20; i++)
            {
                await publisher.PublishAsync(BusTopology.RoutingKey("releases"), Encoding.UTF8.GetBytes($"{batch}-{i}"), CancellationToken.None);
            }

            while (seen.Count < 20 * (batch + 1))
            {
                seen.Add(DeliveryInbox.Text(await inbox.NextAsync()));
            }
        }

        Assert.Equal(40, seen.Count);
        Assert.True(proxy.Accepted >= 2, "the consumer connection should have been re-established");
    }
}
