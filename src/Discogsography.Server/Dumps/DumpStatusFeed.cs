using System.Threading.Channels;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Server.Dumps;

/// <summary>
/// Broadcasts every status change of a dump month to the subscribers of this process (the <c>dumpStatusChanged</c>
/// subscription). Each subscriber has a bounded queue; a subscriber that falls behind loses its oldest events, never
/// slowing the pipeline down.
/// </summary>
internal sealed class DumpStatusFeed
{
    /// <summary>Events a subscriber may have queued before its oldest are dropped.</summary>
    public const int SubscriberCapacity = 256;

    private readonly Lock _gate = new();
    private readonly List<Channel<DumpProcessingRecord>> _subscribers = [];

    /// <summary>Subscribers currently listening.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Hands a change to every current subscriber.</summary>
    public void Publish(DumpProcessingRecord change)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(change);
            }
        }
    }

    /// <summary>The changes published from now on, until <paramref name="cancellationToken"/> ends the subscription.</summary>
    public async IAsyncEnumerable<DumpProcessingRecord> SubscribeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DumpProcessingRecord>(new BoundedChannelOptions(SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var change))
                {
                    yield return change;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        }
    }
}
