using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.InProcess;
using Discogsography.Pipeline.Bus.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Bus;

public sealed class BusServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddMessageBus(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public async Task AddMessageBus_NoAmqpConnection_UsesTheInProcessBusWithTheDefaultConsumer()
    {
        await using ServiceProvider provider = Build([]);

        IMessageBus bus = provider.GetRequiredService<IMessageBus>();

        Assert.IsType<InProcessBus>(bus);
        Assert.Equal([BusOptions.DefaultConsumer], bus.Topology.Consumers);
    }

    [Fact]
    public async Task AddMessageBus_AmqpConnectionAndConsumers_UsesRabbitMqWithExactlyTheConfiguredConsumers()
    {
        await using ServiceProvider provider = Build(new()
        {
            ["AMQP_CONNECTION"] = "amqp://user:secret@127.0.0.1:5999/",
            ["Bus:Consumers:0"] = "graph",
            ["Bus:Consumers:1"] = "catalog",
        });

        IMessageBus bus = provider.GetRequiredService<IMessageBus>();

        Assert.IsType<RabbitMqBus>(bus);
        Assert.Equal(["graph", "catalog"], bus.Topology.Consumers);
        Assert.Equal("amqp://user:secret@127.0.0.1:5999/", provider.GetRequiredService<IOptions<BusOptions>>().Value.Connection);
    }

    [Fact]
    public void AmqpEndpoint_Redact_DropsUserAndPassword()
    {
        string shown = AmqpEndpoint.Redact(new Uri("amqp://user:secret@broker:5999/vhost"));

        Assert.Equal("amqp://broker:5999/vhost", shown);
        Assert.DoesNotContain("secret", shown, StringComparison.Ordinal);
    }
}
