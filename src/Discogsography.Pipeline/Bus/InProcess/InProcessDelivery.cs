namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>A delivery from an in-process queue to one subscription.</summary>
internal sealed class InProcessDelivery : BusDelivery
{
    /// <summary>The message delivered.</summary>
    public required InProcessMessage Message { get; init; }

    /// <summary>The subscription holding it until it is settled.</summary>
    public required InProcessSubscription Subscription { get; init; }

    /// <inheritdoc/>
    public override Task AckAsync(CancellationToken cancellationToken)
    {
        Subscription.Source.Settle(this, InProcessOutcome.Ack);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task NackAsync(bool requeue, CancellationToken cancellationToken)
    {
        Subscription.Source.Settle(this, requeue ? InProcessOutcome.Requeue : InProcessOutcome.DeadLetter);
        return Task.CompletedTask;
    }
}
