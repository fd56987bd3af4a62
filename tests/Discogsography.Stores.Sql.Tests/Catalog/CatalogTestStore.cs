using System.Data.Common;
using System.Globalization;
using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Hashing;
using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tests.TestSupport;
using Discogsography.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discogsography.Stores.Sql.Tests.Catalog;

/// <summary>A migrated, empty catalog database of one provider with a writer on a clock the test moves.</summary>
internal sealed class CatalogTestStore : IAsyncDisposable
{
    private static readonly Dictionary<DumpType, IReadOnlyList<IngestRecord>> s_samples = [];

    private CatalogTestStore(TestDatabase test, SqlDatabase database, FixedClock clock, SqlCatalogWriter writer)
    {
        Test = test;
        Database = database;
        Clock = clock;
        Writer = writer;
    }

    public TestDatabase Test { get; }

    public SqlDatabase Database { get; }

    public FixedClock Clock { get; }

    public SqlCatalogWriter Writer { get; }

    public static async Task<CatalogTestStore> CreateAsync(SqlProvider provider, string? connectionStringSuffix = null)
    {
        TestDatabase test = await TestDatabase.CreateAsync(provider);
        SqlDatabase database = SqlDatabase.Create(provider, test.ConnectionString + (connectionStringSuffix ?? string.Empty));
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        var migrator = new SchemaMigrator(database, clock, NullLogger<SchemaMigrator>.Instance);
        var writer = new SqlCatalogWriter(database, migrator, clock, NullLogger<SqlCatalogWriter>.Instance);
        await writer.PrepareAsync(CancellationToken.None);
        return new CatalogTestStore(test, database, clock, writer);
    }

    /// <summary>Every record of a real sample file, as ingestion receives it.</summary>
    public static IReadOnlyList<IngestRecord> Sample(DumpType type)
    {
        lock (s_samples)
        {
            if (!s_samples.TryGetValue(type, out IReadOnlyList<IngestRecord>? records))
            {
                records = [.. SharedData.ReadAll(type).Select(r => new IngestRecord(r.Id, r.Sha256, r.Json))];
                s_samples[type] = records;
            }

            return records;
        }
    }

    /// <summary>An ingest record from hand-written JSON.</summary>
    public static IngestRecord Record(long id, string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        return new IngestRecord(id, ContentHash.Sha256Hex(bytes), bytes);
    }

    /// <summary>Writes every record of the sample of a type in batches.</summary>
    public async Task WriteSampleAsync(DumpType type, int batchSize = 250)
    {
        foreach (IngestRecord[] chunk in Sample(type).Chunk(batchSize))
        {
            await Writer.WriteAsync(type, chunk, CancellationToken.None);
        }
    }

    public Task<long> CountAsync(string sql) => Test.CountAsync(sql);

    /// <summary>Every row of the given query, each as one tab-separated line of invariant text.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(CancellationToken.None);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join('\t', values));
        }

        return rows;
    }

    /// <summary>A full dump of every catalog table, ordered, for before/after comparisons.</summary>
    public async Task<List<string>> DumpAllAsync()
    {
        string[] tables =
        [
            "artists", "labels", "masters", "releases", "genres", "styles", "artist_aliases", "artist_members", "artist_groups", "label_sublabels",
            "master_artists", "master_genres", "master_styles", "release_artists", "release_labels", "release_genres", "release_styles",
            "release_formats", "credits", "tracks",
        ];
        var all = new List<string>();
        foreach (string table in tables)
        {
            all.Add("== " + table);
            List<string> rows = await RowsAsync($"SELECT * FROM {table}");
            rows.Sort(StringComparer.Ordinal);
            all.AddRange(rows);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await Test.DisposeAsync();
    }
}
