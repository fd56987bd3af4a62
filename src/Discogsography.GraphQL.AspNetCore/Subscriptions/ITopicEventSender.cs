namespace Discogsography.GraphQL.AspNetCore.Subscriptions;

/// <summary>Publishes subscription events to a topic; every current subscriber of the topic receives each message.</summary>
public interface ITopicEventSender
{
    /// <summary>Sends <paramref name="message"/> to every subscriber of <paramref name="topic"/> (none: the message is dropped).</summary>
    /// <param name="topic">The topic, e.g. <c>collection-sync:42</c>.</param>
    /// <param name="message">The event.</param>
    /// <param name="cancellationToken">Cancels a send that waits for a slow subscriber.</param>
    ValueTask SendAsync<T>(string topic, T message, CancellationToken cancellationToken = default);

    /// <summary>Ends the streams of every current subscriber of <paramref name="topic"/> after the events already sent.</summary>
    ValueTask CompleteAsync(string topic);
}
