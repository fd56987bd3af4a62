namespace Discogsography.Pipeline.Bus;

/// <summary>One consumer's durable quorum queue for one data type, with its dead-letter exchange and queue.</summary>
/// <param name="Name">The queue, <c>discogsography-&lt;consumer&gt;-&lt;type&gt;</c>.</param>
/// <param name="Consumer">The consumer that owns it.</param>
/// <param name="DataType">The data type it carries (<c>artists</c>, ...).</param>
/// <param name="RoutingKey">The binding key on the topic exchange, <c>discogsography.&lt;type&gt;</c>.</param>
public sealed record BusQueue(string Name, string Consumer, string DataType, string RoutingKey)
{
    /// <summary>The fanout exchange rejected messages go to, <c>&lt;queue&gt;.dlx</c>.</summary>
    public string DeadLetterExchange => Name + ".dlx";

    /// <summary>The queue bound to <see cref="DeadLetterExchange"/>, <c>&lt;queue&gt;.dlq</c>.</summary>
    public string DeadLetterQueue => Name + ".dlq";
}
