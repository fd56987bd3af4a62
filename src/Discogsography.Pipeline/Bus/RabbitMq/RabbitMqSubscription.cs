using RabbitMQ.Client;

namespace Discogsography.Pipeline.Bus.RabbitMq;

/// <summary>A consumer on its own channel; disposing cancels it and closes the channel, which requeues unacked deliveries.</summary>
/// <param name="queue">The queue consumed.</param>
/// <param name="channel">The channel the consumer runs on.</param>
/// <param name="consumerTag">The broker's consumer tag.</param>
internal sealed class RabbitMqSubscription(string queue, IChannel channel, string consumerTag) : IBusSubscription
{
    /// <inheritdoc/>
    public string Queue => queue;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (channel.IsOpen)
        {
            try
            {
                await channel.BasicCancelAsync(consumerTag).ConfigureAwait(false);
                await channel.CloseAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The channel closed under us: nothing is left to cancel.
            }
        }

        channel.Dispose();
    }
}
