using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>Data deliveries gathered for one store write: their records in arrival order, settled together after it.</summary>
internal sealed class PendingBatch
{
    private readonly List<BusDelivery> _deliveries = [];
    private readonly List<IngestRecord> _records = [];

    /// <summary>The deliveries whose records the batch holds.</summary>
    public IReadOnlyList<BusDelivery> Deliveries => _deliveries;

    /// <summary>The records, in the order their messages arrived.</summary>
    public IReadOnlyList<IngestRecord> Records => _records;

    /// <summary>True when nothing was gathered.</summary>
    public bool IsEmpty => _deliveries.Count == 0;

    /// <summary>Adds a delivery and its records.</summary>
    public void Add(BusDelivery delivery, DataBatchMessage message)
    {
        _deliveries.Add(delivery);
        foreach (DataRecordEntry entry in message.Records)
        {
            _records.Add(new IngestRecord(entry.Id, entry.Sha256, entry.Record));
        }
    }

    /// <summary>Forgets everything, ready for the next batch.</summary>
    public void Clear()
    {
        _deliveries.Clear();
        _records.Clear();
    }
}
