namespace Discogsography.Pipeline.Bus;

/// <summary>One message delivered to a consumer; settle it exactly once with <see cref="AckAsync"/> or <see cref="NackAsync"/>.</summary>
public abstract class BusDelivery
{
    /// <summary>The queue it came from.</summary>
    public required string Queue { get; init; }

    /// <summary>The routing key it was published with.</summary>
    public required string RoutingKey { get; init; }

    /// <summary>The body, owned by the delivery (safe to keep after the handler returns).</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>True when the message was delivered before and not acknowledged.</summary>
    public required bool Redelivered { get; init; }

    /// <summary>The message's string headers (e.g. the reason a dead-lettered message carries); empty when it has none.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = s_noHeaders;

    private static readonly IReadOnlyDictionary<string, string> s_noHeaders = new Dictionary<string, string>(0, StringComparer.Ordinal);

    /// <summary>Acknowledges the message: call it after the store commit.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public abstract Task AckAsync(CancellationToken cancellationToken);

    /// <summary>Rejects the message: back to the queue when <paramref name="requeue"/>, otherwise to the dead-letter queue.</summary>
    /// <param name="requeue">Whether to deliver it again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public abstract Task NackAsync(bool requeue, CancellationToken cancellationToken);
}
