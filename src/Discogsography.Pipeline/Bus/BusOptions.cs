namespace Discogsography.Pipeline.Bus;

/// <summary>Settings of the message bus, bound from the <c>Bus</c> section and <c>AMQP_CONNECTION</c>.</summary>
public sealed class BusOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Bus";

    /// <summary>The transport; RabbitMQ needs <see cref="Connection"/>.</summary>
    public BusTransport Transport { get; set; } = BusTransport.InProcess;

    /// <summary>The AMQP URI (<c>AMQP_CONNECTION</c>), e.g. <c>amqp://user:password@host:5672/</c>. Never logged with its password.</summary>
    public string? Connection { get; set; }

    /// <summary>The topic exchange (tests use their own to stay isolated).</summary>
    public string Exchange { get; set; } = BusTopology.DefaultExchange;

    /// <summary>The consumer that owns the queues when <see cref="Consumers"/> is empty.</summary>
    public const string DefaultConsumer = "ingestor";

    /// <summary>
    /// The consumers that own a queue per data type (<c>discogsography-&lt;consumer&gt;-&lt;type&gt;</c>); empty means
    /// <see cref="DefaultConsumer"/> alone (an empty default, because configuration binding appends to a list).
    /// </summary>
    public IList<string> Consumers { get; set; } = [];

    /// <summary>Unacknowledged deliveries a consumer may hold (AMQP <c>basic.qos</c> prefetch).</summary>
    public int Prefetch { get; set; } = 8;

    /// <summary>Most records in one data message.</summary>
    public int BatchRecords { get; set; } = 500;

    /// <summary>Most bytes of record JSON in one data message (a single larger record still travels alone).</summary>
    public int BatchBytes { get; set; } = 256 * 1024;

    /// <summary>Most published messages whose confirm is still outstanding.</summary>
    public int ConfirmWindow { get; set; } = 32;

    /// <summary>Deliveries of one message before a quorum queue dead-letters it (<c>x-delivery-limit</c>).</summary>
    public int DeliveryLimit { get; set; } = 20;

    /// <summary>Attempts to publish one message that the broker nacks or returns before giving up.</summary>
    public int PublishAttempts { get; set; } = 6;

    /// <summary>Attempts to (re)connect in a row before giving up.</summary>
    public int ConnectAttempts { get; set; } = 8;

    /// <summary>First wait of the exponential back-off between attempts.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait of the exponential back-off.</summary>
    public TimeSpan RetryDelayMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The topology these options describe.</summary>
    public BusTopology CreateTopology() => new(Consumers.Count > 0 ? Consumers : [DefaultConsumer], Exchange, DeliveryLimit);

    /// <summary>Throws when a setting is out of range; called at start-up.</summary>
    /// <exception cref="InvalidOperationException">A setting is invalid.</exception>
    public void Validate()
    {
        Require(Transport != BusTransport.RabbitMq || Uri.TryCreate(Connection, UriKind.Absolute, out _),
            "Bus:Connection (AMQP_CONNECTION) must be an amqp:// URI when the transport is RabbitMq.");
        Require(!string.IsNullOrWhiteSpace(Exchange), "Bus:Exchange must not be empty.");
        Require(Consumers.All(c => !string.IsNullOrWhiteSpace(c)), "Bus:Consumers must not hold empty names.");
        Require(Prefetch is > 0 and <= ushort.MaxValue, "Bus:Prefetch must be between 1 and 65535.");
        Require(BatchRecords > 0, "Bus:BatchRecords must be positive.");
        Require(BatchBytes >= 1024, "Bus:BatchBytes must be at least 1024.");
        Require(ConfirmWindow > 0, "Bus:ConfirmWindow must be positive.");
        Require(DeliveryLimit > 0, "Bus:DeliveryLimit must be positive.");
        Require(PublishAttempts > 0 && ConnectAttempts > 0, "Bus:PublishAttempts and Bus:ConnectAttempts must be positive.");
        Require(RetryDelay > TimeSpan.Zero && RetryDelayMax >= RetryDelay, "Bus:RetryDelay must be positive and not above Bus:RetryDelayMax.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
