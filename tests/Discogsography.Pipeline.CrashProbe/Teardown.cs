using Discogsography.Pipeline.Bus;
using RabbitMQ.Client;

namespace Discogsography.Pipeline.CrashProbe;

/// <summary>Deletes what a benchmark or test run declared, so the broker does not keep its messages.</summary>
internal static class Teardown
{
    public static async Task RunAsync(string connection, string exchange, string consumer)
    {
        await using IConnection amqp = await new ConnectionFactory { Uri = new Uri(connection) }.CreateConnectionAsync();
        await using IChannel channel = await amqp.CreateChannelAsync();
        foreach (BusQueue queue in new BusTopology([consumer], exchange).Queues)
        {
            await channel.QueueDeleteAsync(queue.Name, ifUnused: false, ifEmpty: false);
            await channel.QueueDeleteAsync(queue.DeadLetterQueue, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(queue.DeadLetterExchange, ifUnused: false);
        }

        await channel.ExchangeDeleteAsync(exchange, ifUnused: false);
    }
}
