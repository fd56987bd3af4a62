namespace Discogsography.Pipeline.Bus.InProcess;

/// <summary>How a delivery was settled.</summary>
internal enum InProcessOutcome
{
    /// <summary>Processed: the message leaves the queue.</summary>
    Ack,

    /// <summary>Rejected with requeue: back to the head of the queue (dead-lettered past the delivery limit).</summary>
    Requeue,

    /// <summary>Rejected: moved to the dead-letter queue.</summary>
    DeadLetter,
}
