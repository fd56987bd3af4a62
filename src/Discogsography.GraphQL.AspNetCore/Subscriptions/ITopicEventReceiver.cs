namespace Discogsography.GraphQL.AspNetCore.Subscriptions;

/// <summary>Subscribes to a topic: the source stream of a subscription field.</summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Registers a subscriber of <paramref name="topic"/> before returning, so no event sent after the returned task completes
    /// is missed. The stream yields each event until the topic completes, the token is cancelled or the enumerator is
    /// disposed, which unregisters the subscriber.
    /// </summary>
    /// <param name="topic">The topic.</param>
    /// <param name="cancellationToken">Ends the subscription.</param>
    ValueTask<IAsyncEnumerable<T>> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default);
}
