using Discogsography.Catalog.Ingestion;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>What happened to the records of one batch, summed over the writes it took.</summary>
internal sealed class BatchTally
{
    /// <summary>Records inserted or updated.</summary>
    public int Written { get; private set; }

    /// <summary>Records the store already held with the same SHA-256.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Records the store refused, sent to the dead-letter queue.</summary>
    public int DeadLettered { get; private set; }

    /// <summary>Adds one write's result.</summary>
    public void Add(WriteBatchResult result)
    {
        Written += result.Written;
        Unchanged += result.Unchanged;
    }

    /// <summary>Counts one dead-lettered record.</summary>
    public void AddDeadLetter() => DeadLettered++;
}
