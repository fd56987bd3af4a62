namespace Discogsography.Pipeline.Bus;

/// <summary>Publishes to the topic exchange over one connection.</summary>
public interface IBusPublisher : IAsyncDisposable
{
    /// <summary>
    /// Publishes one persistent, mandatory message. The call returns once the message is handed to the broker;
    /// the returned task completes when the broker has confirmed it, retrying on nack, return and connection loss.
    /// Keep many confirms in flight (see <see cref="ConfirmWindow{TTag}"/>); the body must stay unchanged until then.
    /// </summary>
    /// <param name="routingKey">The routing key, <c>discogsography.&lt;type&gt;</c>.</param>
    /// <param name="body">The message body (UTF-8 JSON).</param>
    /// <param name="cancellationToken">Cancels the publish and its retries.</param>
    /// <returns>The confirm: completes when confirmed, faults when every attempt failed.</returns>
    Task PublishAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}
