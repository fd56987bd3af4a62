namespace Discogsography.Pipeline.Bus;

/// <summary>
/// The exchange, routing keys and queues of the bus (ARCHITECTURE §5.6): one topic exchange, a routing key per
/// data type, and per consumer and type a durable quorum queue with its own dead-letter exchange and queue.
/// Declared before anything is published, because every publish is <c>mandatory</c>.
/// </summary>
public sealed class BusTopology
{
    /// <summary>The default topic exchange every message is published to.</summary>
    public const string DefaultExchange = "discogsography-exchange";

    /// <summary>The data types, in the order the dump files are processed.</summary>
    public static IReadOnlyList<string> DataTypes { get; } = ["artists", "labels", "masters", "releases"];

    /// <summary>Creates the topology of the given consumers.</summary>
    /// <param name="consumers">Consumer names, each owning one queue per data type.</param>
    /// <param name="exchange">The topic exchange.</param>
    /// <param name="deliveryLimit">Deliveries before a message is dead-lettered.</param>
    public BusTopology(IEnumerable<string> consumers, string exchange = DefaultExchange, int deliveryLimit = 20)
    {
        Exchange = exchange;
        Consumers = [.. consumers.Distinct(StringComparer.Ordinal)];
        DeliveryLimit = deliveryLimit;
        Queues = [.. Consumers.SelectMany(c => DataTypes.Select(t => new BusQueue(QueueName(c, t), c, t, RoutingKey(t))))];
    }

    /// <summary>The topic exchange every message is published to.</summary>
    public string Exchange { get; }

    /// <summary>The consumers that own queues.</summary>
    public IReadOnlyList<string> Consumers { get; }

    /// <summary>Deliveries of one message before its queue dead-letters it.</summary>
    public int DeliveryLimit { get; }

    /// <summary>Every consumer queue.</summary>
    public IReadOnlyList<BusQueue> Queues { get; }

    /// <summary>The routing key of a data type: <c>discogsography.&lt;type&gt;</c>.</summary>
    public static string RoutingKey(string dataType) => "discogsography." + dataType;

    /// <summary>The queue of one consumer and data type: <c>discogsography-&lt;consumer&gt;-&lt;type&gt;</c>.</summary>
    public static string QueueName(string consumer, string dataType) => $"discogsography-{consumer}-{dataType}";
}
