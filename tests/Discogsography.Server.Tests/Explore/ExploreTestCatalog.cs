using Discogsography.Catalog.Records;

namespace Discogsography.Server.Tests.Explore;

/// <summary>
/// A small, fully known catalog: 20 Jazz artists (ids 1..20) with 3 releases each (ids 100 + 10·artist + 0..2, years
/// 1990 + artist + n, the third of unknown year), two labels (500 even artists, 501 odd), one master (900) over artist 1's
/// releases; artist 1 has alias 2 and group 3; release 110 carries credits, a tracklist with sub-tracks and identifiers.
/// </summary>
internal static class ExploreTestCatalog
{
    public static InMemoryCatalog Create()
    {
        var artists = Enumerable.Range(1, 20).Select(i => new ArtistRecord
        {
            Id = i,
            Name = $"Artist {i}",
            RealName = $"Real {i}",
            NameVariations = [$"A{i}"],
            Aliases = i == 1 ? [new EntityReference(2, "Artist 2")] : [],
            Members = [],
            Groups = i == 1 ? [new EntityReference(3, "Artist 3")] : [],
            Urls = [$"https://example.org/{i}"],
            Images = [],
        });
        LabelRecord[] labels =
        [
            new() { Id = 500, Name = "Even Records", Profile = "Even", Sublabels = [new EntityReference(501, "Odd Records")], Urls = [], Images = [] },
            new() { Id = 501, Name = "Odd Records", ParentLabel = new EntityReference(500, "Even Records"), Sublabels = [], Urls = [], Images = [] },
        ];
        MasterRecord[] masters =
        [
            new() { Id = 900, Title = "Master of 1", Year = 1991, MainRelease = 110, Artists = [Credit(1)], Genres = ["Jazz"], Styles = ["Hard Bop"], Videos = [], Images = [] },
        ];
        var releases = Enumerable.Range(1, 20).SelectMany(i => Enumerable.Range(0, 3).Select(n => Release(i, n)));
        return new InMemoryCatalog(artists, labels, masters, releases);
    }

    private static ReleaseRecord Release(int artist, int n)
    {
        long id = 100 + (10 * artist) + n;
        long label = artist % 2 == 0 ? 500 : 501;
        return new ReleaseRecord
        {
            Id = id,
            Title = $"Release {id}",
            Country = "UK",
            Released = n == 2 ? null : $"{1990 + artist + n}",
            Year = n == 2 ? null : 1990 + artist + n,
            MasterId = artist == 1 ? 900 : null,
            Artists = [Credit(artist) with { Join = "&" }],
            ExtraArtists = id == 110 ? [new ArtistCredit(7, "Artist 7", "Seven", null, "Producer, Mixed By [Assistant]", "A1 to B2"), new ArtistCredit(null, "Jo Engineer", null, null, "Engineer", null)] : [],
            Labels = [new CatalogEntry(label, label == 500 ? "Even Records" : "Odd Records", $"CAT-{id}")],
            Series = [],
            Formats = [new ReleaseFormat("Vinyl", 2, null, ["LP", "Album"])],
            Genres = ["Jazz"],
            Styles = [artist <= 10 ? "Hard Bop" : "Cool Jazz"],
            Tracklist = id == 110
                ? [new Track { Position = "A", Title = "Suite", Artists = [], ExtraArtists = [], SubTracks = [new Track { Position = "A1", Title = "Part 1", Duration = "4:45", Artists = [], ExtraArtists = [], SubTracks = [] }] }]
                : [],
            Identifiers = id == 110 ? [new Identifier("Barcode", null, "0123456789")] : [],
            Videos = [],
            Companies = [],
            Images = [],
        };
    }

    private static ArtistCredit Credit(int artist) => new(artist, $"Artist {artist}", null, null, null, null);
}
