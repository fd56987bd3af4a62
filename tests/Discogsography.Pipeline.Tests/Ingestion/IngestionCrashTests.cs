using System.Diagnostics;
using System.Threading.Channels;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Extraction.Publishing;
using Discogsography.Pipeline.Tests.Bus.RabbitMq;
using Discogsography.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>
/// Kills a real ingesting process (the CrashProbe's <c>ingest</c>) right after a store commit and before its ack,
/// starts it again, and checks the store: every record of the real samples exactly once, with its published SHA-256,
/// and the batch committed before the kill written again as unchanged (nothing lost, nothing applied twice).
/// </summary>
public sealed class IngestionCrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("ingest-crash-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [SharedDataFact("AMQP_CONNECTION")]
    public async Task KilledBetweenCommitAndAck_SecondRunStoresEveryRecordOnceAndRewritesNothing()
    {
        await using RabbitMqScope scope = await RabbitMqScope.CreateAsync(options => options.BatchRecords = 50);
        var publisher = new DumpPublisher(scope.Bus, Options.Create(scope.Options), Options.Create(new DumpPublisherOptions { StateDirectory = _work }),
            TimeProvider.System, NullLogger<DumpPublisher>.Instance);
        await publisher.PublishFolderAsync(SharedData.SampleFolder, null, DumpReaderOptions.Default, null, CancellationToken.None);
        Dictionary<(string, long), string> expected = DumpTypeExtensions.All
            .SelectMany(t => SharedData.ReadAll(t).Select(r => (Key: (t.FileToken(), r.Id), r.Sha256)))
            .GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Last().Sha256);
        string db = Path.Combine(_work, "store.db");

        // First run: the fifth commit hangs before returning to the consumer; kill the process there.
        using (Process first = StartProbe(scope, db, hangAfterCommits: 5))
        {
            Channel<string> lines = ReadLines(first);
            string line;
            do
            {
                line = await lines.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(120));
            }
            while (!line.StartsWith("committed 5 ", StringComparison.Ordinal));

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        long storedAtKill = Scalar(db, "SELECT COUNT(*) FROM records");
        Assert.InRange(storedAtKill, 1, expected.Count - 1);
        Assert.True(await UnsettledAsync(scope) > 0, "the kill left no message on the queues");

        // Second run: consumes what is left (the killed batch is delivered again) and stops after post-import.
        using (Process second = StartProbe(scope, db, hangAfterCommits: 0))
        {
            string log = await second.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(180));
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(second.ExitCode == 0, log + await second.StandardError.ReadToEndAsync());
            Assert.Contains("post-import 20200806 dead-lettered=False", log, StringComparison.Ordinal);
        }

        Dictionary<(string, long), string> stored = Rows(db);
        long changed = Scalar(db, "SELECT SUM(changed) FROM batches");
        long rewrittenUnchanged = Scalar(db, "SELECT COUNT(*) FROM batches WHERE changed < records");
        output.WriteLine($"stored at kill {storedAtKill}; finally {stored.Count} records; {rewrittenUnchanged} batches held records already stored");
        Assert.Equal(expected, stored);
        Assert.Equal(expected.Count, changed);
        Assert.True(rewrittenUnchanged >= 1, "the batch committed before the kill was not delivered again");
    }

    private static async Task<long> UnsettledAsync(RabbitMqScope scope)
    {
        await using IConnection connection = await RabbitMqScope.ConnectDirectAsync();
        await using IChannel channel = await connection.CreateChannelAsync();
        long total = 0;
        foreach (DumpType type in DumpTypeExtensions.All)
        {
            total += (await channel.QueueDeclarePassiveAsync(scope.QueueOf(type.FileToken()))).MessageCount;
        }

        return total;
    }

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<(string, long), string> Rows(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT type, id, sha256 FROM records";
        using SqliteDataReader reader = command.ExecuteReader();
        var rows = new Dictionary<(string, long), string>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)), reader.GetString(2));
        }

        return rows;
    }

    private static Process StartProbe(RabbitMqScope scope, string db, int hangAfterCommits)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            CrashProbe.Path, "ingest", "--exchange", scope.Options.Exchange, "--consumer", scope.Options.Consumers[0],
            "--db", db, "--batch-records", "100", "--hang-after-commits", $"{hangAfterCommits}",
        ];
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AMQP_CONNECTION"] = scope.Options.Connection;
        return Process.Start(start) ?? throw new InvalidOperationException("The probe did not start.");
    }

    private static Channel<string> ReadLines(Process process)
    {
        Channel<string> lines = Channel.CreateUnbounded<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lines.Writer.TryWrite(line);
            }
        };
        process.BeginOutputReadLine();
        return lines;
    }
}
