using System.Diagnostics;
using System.Globalization;
using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace Discogsography.Benchmarks.Ingestion;

/// <summary>
/// Ingestion into the relational catalog without the bus: reads a dump's records into memory first (extraction is
/// not timed), then per type times (1) the floor, a plain COPY (PostgreSQL) or prepared INSERT (SQLite) of the same
/// documents into a table of id/sha256/text columns, and (2) <see cref="SqlCatalogWriter"/> writing them in
/// batches with every link; then the same batches again (all unchanged) and the post-import jobs.
/// Run by <c>scripts/ingest-benchmark.sh</c>:
/// <c>ingest --input DIR --provider postgres|sqlite --connection CS [--batch 1000]</c>.
/// </summary>
internal static class IngestBenchmark
{
    private static readonly DumpType[] s_order = [DumpType.Artists, DumpType.Labels, DumpType.Masters, DumpType.Releases];

    public static async Task<int> RunAsync(string[] args)
    {
        string input = Option(args, "--input") ?? throw new ArgumentException("--input is required");
        SqlProvider provider = Enum.Parse<SqlProvider>(Option(args, "--provider") ?? "postgres", ignoreCase: true);
        string connectionString = Option(args, "--connection") ?? throw new ArgumentException("--connection is required");
        int batchSize = int.Parse(Option(args, "--batch") ?? "1000", CultureInfo.InvariantCulture);

        var records = new Dictionary<DumpType, IReadOnlyList<IngestRecord>>();
        foreach (DumpType type in s_order)
        {
            var watch = Stopwatch.StartNew();
            string file = Directory.GetFiles(input, $"*_{type.FileToken()}.xml.gz").Single();
            await using FileStream stream = File.OpenRead(file);
            records[type] = [.. DumpReader.Read(stream, type, DumpReaderOptions.Default, new DumpReadReport(), CancellationToken.None)
                .Select(r => new IngestRecord(r.Id, r.Sha256, r.Json))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {records[type].Count} {type} in {watch.Elapsed.TotalSeconds:F1} s (not timed below)"));
        }

        await using SqlDatabase database = SqlDatabase.Create(provider, connectionString);
        var writer = new SqlCatalogWriter(
            database, new SchemaMigrator(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance), TimeProvider.System, NullLogger<SqlCatalogWriter>.Instance);
        await writer.PrepareAsync(CancellationToken.None);
        DateTimeOffset started = TimeProvider.System.GetUtcNow();

        Console.WriteLine();
        Console.WriteLine($"{provider}, batches of {batchSize}");
        Console.WriteLine("| type | records | doc MB | floor s | floor rec/s | floor MB/s | writer s | writer rec/s | writer MB/s | writer/floor | again (unchanged) rec/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (DumpType type in s_order)
        {
            IReadOnlyList<IngestRecord> all = records[type];
            double megabytes = all.Sum(r => (double)r.Json.Length) / 1e6;
            TimeSpan floor = await FloorAsync(database, type, all, batchSize);
            TimeSpan write = await WriteAllAsync(writer, type, all, batchSize);
            TimeSpan again = await WriteAllAsync(writer, type, all, batchSize);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {type} | {all.Count} | {megabytes:F0} | {floor.TotalSeconds:F1} | {all.Count / floor.TotalSeconds:F0} | {megabytes / floor.TotalSeconds:F1} | " +
                $"{write.TotalSeconds:F1} | {all.Count / write.TotalSeconds:F0} | {megabytes / write.TotalSeconds:F1} | {write / floor:F2}x | {all.Count / again.TotalSeconds:F0} |"));
        }

        var post = Stopwatch.StartNew();
        PostImportResult result = await writer.RunPostImportAsync(
            new PostImportRequest("benchmark", started, s_order.ToDictionary(t => t, t => (long)records[t].Count), false), CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"post-import (counts, {result.PlaceholdersRemoved} placeholders removed, {result.StaleRemoved.Values.Sum()} stale removed): {post.Elapsed.TotalSeconds:F1} s"));
        CatalogCounts counts = await new SqlCatalogStatistics(database).GetCountsAsync(CancellationToken.None);
        Console.WriteLine($"catalog: {counts}");
        return 0;
    }

    private static async Task<TimeSpan> WriteAllAsync(SqlCatalogWriter writer, DumpType type, IReadOnlyList<IngestRecord> records, int batchSize)
    {
        var watch = Stopwatch.StartNew();
        foreach (IngestRecord[] batch in records.Chunk(batchSize))
        {
            await writer.WriteAsync(type, batch, CancellationToken.None);
        }

        return watch.Elapsed;
    }

    /// <summary>The floor: the same documents into a table of plain columns, at the provider's simplest bulk path.</summary>
    private static async Task<TimeSpan> FloorAsync(SqlDatabase database, DumpType type, IReadOnlyList<IngestRecord> records, int batchSize)
    {
        string table = "floor_" + type.FileToken();
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = $"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (id bigint, sha256 text, document text)";
            await create.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        if (connection is NpgsqlConnection postgres)
        {
            // One COPY of every document, as text.
            await using NpgsqlBinaryImporter importer = await postgres.BeginBinaryImportAsync($"COPY {table} (id, sha256, document) FROM STDIN (FORMAT BINARY)");
            foreach (IngestRecord record in records)
            {
                importer.StartRow();
                importer.Write(record.Id, NpgsqlDbType.Bigint);
                importer.Write(record.Sha256, NpgsqlDbType.Text);
                importer.Write(Encoding.UTF8.GetString(record.Json.Span), NpgsqlDbType.Text);
            }

            await importer.CompleteAsync();
        }
        else
        {
            var sqlite = (SqliteConnection)connection;
            foreach (IngestRecord[] batch in records.Chunk(batchSize))
            {
                using SqliteTransaction transaction = sqlite.BeginTransaction();
                using SqliteCommand insert = sqlite.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO {table} (id, sha256, document) VALUES ($id, $sha, $doc)";
                SqliteParameter id = insert.Parameters.Add("$id", SqliteType.Integer);
                SqliteParameter sha = insert.Parameters.Add("$sha", SqliteType.Text);
                SqliteParameter document = insert.Parameters.Add("$doc", SqliteType.Text);
                insert.Prepare();
                foreach (IngestRecord record in batch)
                {
                    id.Value = record.Id;
                    sha.Value = record.Sha256;
                    document.Value = Encoding.UTF8.GetString(record.Json.Span);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            }
        }

        return watch.Elapsed;
    }

    private static string? Option(string[] args, string name)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
