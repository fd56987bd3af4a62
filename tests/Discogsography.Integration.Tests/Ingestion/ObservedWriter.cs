using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;

namespace Discogsography.Integration.Tests.Ingestion;

/// <summary>
/// A real writer under a test's own store name (so its queues are the test's alone) that signals each post-import,
/// which is the last thing ingestion does for a month.
/// </summary>
internal sealed class ObservedWriter(ICatalogWriter inner, string storeName) : ICatalogWriter
{
    private readonly SemaphoreSlim _postImports = new(0);
    private readonly SemaphoreSlim _writes = new(0);
    private int _transientFailures;

    public string StoreName => storeName;

    public List<PostImportRequest> PostImports { get; } = [];

    public Task PrepareAsync(CancellationToken cancellationToken) => inner.PrepareAsync(cancellationToken);

    /// <summary>Signalled when a write fails because the store is unavailable.</summary>
    public TaskCompletionSource TransientFailure { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int TransientFailures => _transientFailures;

    public async Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        try
        {
            var result = await inner.WriteAsync(type, records, cancellationToken);
            _writes.Release();
            return result;
        }
        catch (TransientStoreException)
        {
            Interlocked.Increment(ref _transientFailures);
            TransientFailure.TrySetResult();
            throw;
        }
    }

    /// <summary>Waits (bounded) for the next successful write.</summary>
    public async Task WaitForWriteAsync() => Assert.True(await _writes.WaitAsync(TimeSpan.FromMinutes(1)), "no write within a minute");

    public async Task<PostImportResult> RunPostImportAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        var result = await inner.RunPostImportAsync(request, cancellationToken);
        lock (PostImports)
        {
            PostImports.Add(request);
        }

        _postImports.Release();
        return result;
    }

    /// <summary>Waits (bounded) for the next post-import.</summary>
    public Task WaitForPostImportAsync() => _postImports.WaitAsync(TimeSpan.FromMinutes(3)).ContinueWith(t => Assert.True(t.Result, "no post-import within 3 minutes"), TaskScheduler.Default);
}
