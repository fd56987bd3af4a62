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

    public string StoreName => storeName;

    public List<PostImportRequest> PostImports { get; } = [];

    public Task PrepareAsync(CancellationToken cancellationToken) => inner.PrepareAsync(cancellationToken);

    public Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken) =>
        inner.WriteAsync(type, records, cancellationToken);

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
