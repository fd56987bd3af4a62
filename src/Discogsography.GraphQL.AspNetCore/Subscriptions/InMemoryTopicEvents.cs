using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Discogsography.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// Topic events inside one process: each subscriber owns a bounded channel; a send writes to every subscriber's channel
/// and, when one is full, drops its oldest event or waits, per <see cref="TopicEventOptions.SlowSubscriberMode"/>.
/// </summary>
internal sealed class InMemoryTopicEvents : ITopicEventSender, ITopicEventReceiver
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Channel<object?>>> _topics = new(StringComparer.Ordinal);
    private readonly BoundedChannelOptions _channelOptions;

    public InMemoryTopicEvents(TopicEventOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _channelOptions = new BoundedChannelOptions(options.SubscriberCapacity)
        {
            FullMode = options.SlowSubscriberMode == SlowSubscriberMode.Wait ? BoundedChannelFullMode.Wait : BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        };
    }

    /// <summary>The number of subscribers of <paramref name="topic"/> right now.</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out ImmutableArray<Channel<object?>> subscribers) ? subscribers.Length : 0;

    public async ValueTask SendAsync<T>(string topic, T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (!_topics.TryGetValue(topic, out ImmutableArray<Channel<object?>> subscribers))
        {
            return;
        }

        foreach (Channel<object?> subscriber in subscribers)
        {
            if (!subscriber.Writer.TryWrite(message))
            {
                try
                {
                    await subscriber.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
                }
                catch (ChannelClosedException)
                {
                    // The subscriber left while the send waited for room.
                }
            }
        }
    }

    public ValueTask CompleteAsync(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_topics.TryRemove(topic, out ImmutableArray<Channel<object?>> subscribers))
        {
            foreach (Channel<object?> subscriber in subscribers)
            {
                subscriber.Writer.TryComplete();
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IAsyncEnumerable<T>> SubscribeAsync<T>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        Channel<object?> channel = Channel.CreateBounded<object?>(_channelOptions);
        _topics.AddOrUpdate(topic, static (_, added) => [added], static (_, existing, added) => existing.Add(added), channel);
        return new ValueTask<IAsyncEnumerable<T>>(ReadAsync<T>(topic, channel, cancellationToken));
    }

    private async IAsyncEnumerable<T> ReadAsync<T>(string topic, Channel<object?> channel, CancellationToken subscribed, [EnumeratorCancellation] CancellationToken enumerated = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(subscribed, enumerated);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellation.Token).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out object? message))
                {
                    yield return (T)message!;
                }
            }
        }
        finally
        {
            Unsubscribe(topic, channel);
        }
    }

    private void Unsubscribe(string topic, Channel<object?> channel)
    {
        channel.Writer.TryComplete();
        while (_topics.TryGetValue(topic, out ImmutableArray<Channel<object?>> subscribers))
        {
            ImmutableArray<Channel<object?>> remaining = subscribers.Remove(channel);
            bool updated = remaining.IsEmpty
                ? _topics.TryRemove(new KeyValuePair<string, ImmutableArray<Channel<object?>>>(topic, subscribers))
                : _topics.TryUpdate(topic, remaining, subscribers);
            if (updated || remaining.Length == subscribers.Length)
            {
                return;
            }
        }
    }
}
