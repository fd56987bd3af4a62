namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>A message held by one in-process queue, with its delivery count.</summary>
/// <param name="RoutingKey">The routing key it was published with.</param>
/// <param name="Body">The body (shared, never changed).</param>
internal sealed record InProcessMessage(string RoutingKey, ReadOnlyMemory<byte> Body)
{
    /// <summary>String headers; empty unless the message was published to a dead-letter queue with a reason.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(0, StringComparer.Ordinal);

    /// <summary>How many times it has been delivered.</summary>
    public int DeliveryCount { get; set; }
}
