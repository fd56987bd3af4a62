using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Tests.Shared;

namespace Discogsography.Integration.Tests.Ingestion;

/// <summary>What a store must hold after ingesting the real 2020 samples, computed from the files themselves.</summary>
internal static class SampleExpectations
{
    private static readonly Lazy<CatalogCounts> s_counts = new(Compute);

    public static CatalogCounts Counts => s_counts.Value;

    private static CatalogCounts Compute()
    {
        var ids = DumpTypeExtensions.All.ToDictionary(t => t, t => SharedData.ReadAll(t).Select(r => r.Id).Distinct().LongCount());
        var releases = SharedData.ReadAll(DumpType.Releases).Select(r => CanonicalRecordReader.ReadRelease(r.Json.Span)).ToList();

        // The relational catalog counts the genres and styles releases carry (a master's tags are its releases').
        long genres = releases.SelectMany(r => r.Genres).Distinct(StringComparer.Ordinal).LongCount();
        long styles = releases.SelectMany(r => r.Styles).Distinct(StringComparer.Ordinal).LongCount();
        return new CatalogCounts(ids[DumpType.Artists], ids[DumpType.Labels], ids[DumpType.Masters], ids[DumpType.Releases], genres, styles);
    }

    /// <summary>Asserts release 1 of the sample (The Persuader – Stockholm) and its links as the store holds them.</summary>
    public static async Task AssertReleaseOneAsync(IntegrationDatabase database)
    {
        Assert.Equal(["Stockholm\t1999\t1660109"], await database.RowsAsync("SELECT title, year, master_id FROM releases WHERE id = 1"));
        Assert.Equal(["5\tSvek\tSK032"], await database.RowsAsync("SELECT label_id, name, catno FROM release_labels WHERE release_id = 1"));
        Assert.Equal(["1\tThe Persuader"], await database.RowsAsync("SELECT artist_id, name FROM release_artists WHERE release_id = 1"));
        Assert.Equal(
            ["A\tÖstermalm", "B1\tVasastaden", "B2\tKungsholmen", "C1\tSödermalm", "C2\tNorrmalm", "D\tGamla Stan"],
            await database.RowsAsync("SELECT position, title FROM tracks WHERE release_id = 1 ORDER BY ordinal"));
        Assert.Equal(["Electronic"], await database.RowsAsync("SELECT g.name FROM release_genres rg JOIN genres g ON g.id = rg.genre_id WHERE rg.release_id = 1"));
    }
}
