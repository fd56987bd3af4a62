using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Ingestion;

/// <summary>
/// One store's side of ingestion (the relational catalog, Neo4j). Writes are idempotent: writing the same batch
/// twice leaves the store as writing it once did, so a redelivered message is harmless.
/// </summary>
public interface ICatalogWriter
{
    /// <summary>
    /// The store's short name (<c>sql</c>, <c>neo4j</c>); it names the consumer and so its queues
    /// (<c>discogsography-&lt;name&gt;-&lt;type&gt;</c>).
    /// </summary>
    string StoreName { get; }

    /// <summary>Creates what the store needs before the first write (tables, constraints, indexes) when absent.</summary>
    /// <param name="cancellationToken">Cancels the preparation.</param>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Upserts a batch of records of one type in one store transaction: records whose SHA-256 is unchanged are
    /// skipped, references to entities not yet seen become placeholders, and a changed record's relationships
    /// are replaced. Returns after the commit.
    /// </summary>
    /// <param name="type">The type of every record.</param>
    /// <param name="records">The records; ids may repeat (the last one wins).</param>
    /// <param name="cancellationToken">Cancels the write (the transaction rolls back).</param>
    /// <exception cref="TransientStoreException">The store is unreachable or busy: retry later, the batch is not at fault.</exception>
    /// <exception cref="InvalidRecordException">A record cannot be stored; the batch wrote nothing.</exception>
    Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken);

    /// <summary>Runs the post-import jobs once a dump's extraction is complete (counts, placeholder and stale-record removal).</summary>
    /// <param name="request">What the extraction reported.</param>
    /// <param name="cancellationToken">Cancels the jobs.</param>
    /// <exception cref="TransientStoreException">The store is unreachable or busy.</exception>
    Task<PostImportResult> RunPostImportAsync(PostImportRequest request, CancellationToken cancellationToken);
}
