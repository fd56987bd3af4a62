using System.Globalization;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Microsoft.Data.Sqlite;

namespace Discogsography.Pipeline.CrashProbe;

/// <summary>
/// A small durable store for the ingestion crash test: one SQLite row per record (upserted unless its SHA-256 is
/// unchanged) and one row per committed batch with how many records it changed, in the same transaction. After a
/// commit it can announce itself and hang, so the test kills the process between commit and ack.
/// </summary>
internal sealed class ProbeSqliteWriter(string storeName, string path, int hangAfterCommits, TaskCompletionSource postImported) : ICatalogWriter
{
    private readonly SemaphoreSlim _serial = new(1, 1);
    private int _commits;

    public string StoreName => storeName;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using SqliteCommand create = connection.CreateCommand();
        create.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS records (type TEXT NOT NULL, id INTEGER NOT NULL, sha256 TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (type, id));
            CREATE TABLE IF NOT EXISTS batches (number INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, records INTEGER NOT NULL, changed INTEGER NOT NULL);
            """;
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<WriteBatchResult> WriteAsync(DumpType type, IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        int changed = 0;
        int commits;
        await _serial.WaitAsync(cancellationToken);
        try
        {
            await using SqliteConnection connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using SqliteCommand upsert = connection.CreateCommand();
            upsert.CommandText = """
                INSERT INTO records (type, id, sha256, json) VALUES ($type, $id, $sha, $json)
                ON CONFLICT (type, id) DO UPDATE SET sha256 = excluded.sha256, json = excluded.json WHERE records.sha256 <> excluded.sha256
                """;
            SqliteParameter typeParameter = upsert.Parameters.Add("$type", SqliteType.Text);
            SqliteParameter id = upsert.Parameters.Add("$id", SqliteType.Integer);
            SqliteParameter sha = upsert.Parameters.Add("$sha", SqliteType.Text);
            SqliteParameter json = upsert.Parameters.Add("$json", SqliteType.Text);
            typeParameter.Value = type.FileToken();
            foreach (IngestRecord record in records)
            {
                id.Value = record.Id;
                sha.Value = record.Sha256;
                json.Value = System.Text.Encoding.UTF8.GetString(record.Json.Span);
                changed += await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using SqliteCommand batch = connection.CreateCommand();
            batch.CommandText = "INSERT INTO batches (type, records, changed) VALUES ($type, $records, $changed)";
            batch.Parameters.AddWithValue("$type", type.FileToken());
            batch.Parameters.AddWithValue("$records", records.Count);
            batch.Parameters.AddWithValue("$changed", changed);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            commits = ++_commits;
        }
        finally
        {
            _serial.Release();
        }

        if (commits == hangAfterCommits)
        {
            // Committed, not yet returned: the consumer has not acknowledged. The test kills the process now.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"committed {commits} type={type.FileToken()} records={records.Count}"));
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new WriteBatchResult(changed, records.Count - changed);
    }

    public Task<PostImportResult> RunPostImportAsync(PostImportRequest request, CancellationToken cancellationToken)
    {
        Console.WriteLine($"post-import {request.Version} dead-lettered={request.AnythingDeadLettered}");
        postImported.TrySetResult();
        return Task.FromResult(new PostImportResult(new Dictionary<DumpType, long>(), 0, []));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
