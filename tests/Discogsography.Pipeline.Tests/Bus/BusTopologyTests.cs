using Discogsography.Pipeline.Bus;

namespace Discogsography.Pipeline.Tests.Bus;

public sealed class BusTopologyTests
{
    [Fact]
    public void Queues_TwoConsumers_OneQueuePerConsumerAndTypeWithDeadLetterNames()
    {
        var topology = new BusTopology(["graph", "catalog"]);

        Assert.Equal(8, topology.Queues.Count);
        BusQueue queue = Assert.Single(topology.Queues, q => q.Consumer == "graph" && q.DataType == "releases");
        Assert.Equal("discogsography-graph-releases", queue.Name);
        Assert.Equal("discogsography.releases", queue.RoutingKey);
        Assert.Equal("discogsography-graph-releases.dlx", queue.DeadLetterExchange);
        Assert.Equal("discogsography-graph-releases.dlq", queue.DeadLetterQueue);
    }

    [Fact]
    public void BusOptions_Validate_RabbitMqWithoutConnection_Throws()
    {
        var options = new BusOptions { Transport = BusTransport.RabbitMq };

        Assert.Throws<InvalidOperationException>(options.Validate);
    }

    [Fact]
    public void BusOptions_Validate_Defaults_Pass()
    {
        new BusOptions().Validate();
        new BusOptions { Transport = BusTransport.RabbitMq, Connection = "amqp://guest:guest@127.0.0.1:5672/" }.Validate();
    }
}
