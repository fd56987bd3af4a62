namespace Discogsography.Pipeline.Ingestion;

/// <summary>How the ingestion consumers batch and retry, bound from the <c>Ingestion</c> section.</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Ingestion";

    /// <summary>
    /// Unacknowledged data messages one consumer holds (AMQP prefetch). A write gathers records from several messages,
    /// so keep it above <see cref="BatchRecords"/> divided by the records per message (<c>Bus:BatchRecords</c>).
    /// </summary>
    public int Prefetch { get; set; } = 16;

    /// <summary>Records gathered into one store write; a write starts once this many are held.</summary>
    public int BatchRecords { get; set; } = 2_000;

    /// <summary>Longest wait for more messages once a batch has its first records (a partial batch is written then).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>First wait of the exponential back-off after a transient store failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait of that back-off; retries go on until the store answers or the process stops.</summary>
    public TimeSpan RetryDelayMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws when a setting is out of range; called at start-up.</summary>
    /// <exception cref="InvalidOperationException">A setting is invalid.</exception>
    public void Validate()
    {
        Require(Prefetch is > 0 and <= ushort.MaxValue, "Ingestion:Prefetch must be between 1 and 65535.");
        Require(BatchRecords > 0, "Ingestion:BatchRecords must be positive.");
        Require(FlushInterval >= TimeSpan.Zero && FlushInterval <= TimeSpan.FromMinutes(5), "Ingestion:FlushInterval must be between 0 and 5 minutes.");
        Require(RetryDelay > TimeSpan.Zero && RetryDelayMax >= RetryDelay, "Ingestion:RetryDelay must be positive and not above Ingestion:RetryDelayMax.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
