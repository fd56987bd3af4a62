using System.Collections.Concurrent;
using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;

namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>
/// An in-memory store with failure injection: poison ids make a write refuse its whole batch (as a real store's
/// transaction would), transient outages fail the next writes, and a gate can hold a write until released.
/// Writes are idempotent by id and SHA-256, like the real writers.
/// </summary>
internal sealed class ScriptedCatalogWriter(string storeName) : ICatalogWriter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(DumpType, long), (string Sha256, string Json)> _rows = [];
    private readonly SemaphoreSlim _changed = new(0);
    private int _transientFailures;

    public string StoreName => storeName;

    /// <summary>Ids whose record makes a write fail with <see cref="InvalidRecordException"/>.</summary>
    public HashSet<long> PoisonIds { get; } = [];

    /// <summary>Whether the refusal names the poison record (a store that knows which row failed) or not (a bisection is needed).</summary>
    public bool NamePoisonRecord { get; set; }

    /// <summary>When set, each write waits for it (a write in progress that a test can cancel).</summary>
    public TaskCompletionSource? HoldWrites { get; set; }

    /// <summary>When set, a write that committed waits for it before returning (a process that stops between commit and ack).</summary>
    public TaskCompletionSource? HoldAfterCommit { get; set; }

    /// <summary>Signalled when a committed write starts waiting on <see cref="HoldAfterCommit"/>.</summary>
    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Signalled when a write starts waiting on <see cref="HoldWrites"/>.</summary>
    public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(DumpType Type, int Records)> WriteCalls { get; } = new();

    public ConcurrentQueue<WriteBatchResult> Results { get; } = new();

    public ConcurrentQueue<PostImportRequest> PostImports { get; } = new();

    public TaskCompletionSource PostImportRan { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Prepared { get; private set; }

    /// <summary>Makes the next <paramref name="count"/> writes fail as if the store were down.</summary>
    public void FailNextWrites(int count) => Interlocked.Exchange(ref _transientFailures, count);

    /// <summary>Waits (bounded, never a sleep) until <paramref name="condition"/> holds, re-checking after each write or post-import.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await _changed.WaitAsync(timeout.Token);
        }
    }

    public int Count(DumpType type)
    {
        lock (_gate)
        {
            return _rows.Keys.Count(k => k.Item1 == type);
        }
    }

    public IReadOnlyDictionary<long, string> Snapshot(DumpType type)
    {
        lock (_gate)
        {
            return _rows.Where(r => r.Key.Item1 == type).ToDictionary(r => r.Key.Item2, r => r.Value.Sha256 + " " + r.Value.Json);
        }
    }

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        Prepared++;
        return Task.CompletedTask;
    }

    public async Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        WriteCalls.Enqueue((type, records.Count));
        try
        {
            WriteBatchResult result = await WriteCoreAsync(type, records, cancellationToken);
            Results.Enqueue(result);
            return result;
        }
        finally
        {
            _changed.Release();
        }
    }

    private async Task<WriteBatchResult> WriteCoreAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        if (HoldWrites is { } hold)
        {
            WriteStarted.TrySetResult();
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (Interlocked.Decrement(ref _transientFailures) >= 0)
        {
            throw new TransientStoreException("the store is down (scripted)");
        }

        if (records.FirstOrDefault(r => PoisonIds.Contains(r.Id)) is { } poison)
        {
            throw new InvalidRecordException($"record {poison.Id} has a value the store rejects (scripted)", NamePoisonRecord ? poison.Id : null);
        }

        int written = 0, unchanged = 0;
        lock (_gate)
        {
            foreach (IngestRecord record in records)
            {
                if (_rows.TryGetValue((type, record.Id), out var held) && held.Sha256 == record.Sha256)
                {
                    unchanged++;
                    continue;
                }

                _rows[(type, record.Id)] = (record.Sha256, Encoding.UTF8.GetString(record.Json.Span));
                written++;
            }
        }

        if (HoldAfterCommit is { } afterCommit)
        {
            Committed.TrySetResult();
            await afterCommit.Task.WaitAsync(cancellationToken);
        }

        return new WriteBatchResult(written, unchanged);
    }

    public Task<PostImportResult> RunPostImportAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        PostImports.Enqueue(request);
        PostImportRan.TrySetResult();
        _changed.Release();
        return Task.FromResult(new PostImportResult(new Dictionary<DumpType, long>(), 0, []));
    }
}
