using System.Text;
using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Hashing;
using Discogsography.Catalog.Records;
using Discogsography.Tests.Shared;

namespace Discogsography.Catalog.Tests.Hashing;

public sealed class CanonicalJsonTests
{
    private static ArtistRecord Artist(string? name) => new()
    {
        Id = 1,
        Name = name,
        NameVariations = [],
        Aliases = [new EntityReference(239, "Jesper Dahlbäck")],
        Members = [],
        Groups = [],
        Urls = [],
        Images = [],
    };

    [Fact]
    public void ToBytes_Artist_WritesEveryKeyInFixedOrder()
    {
        string json = Encoding.UTF8.GetString(CanonicalJson.ToBytes(Artist("The Persuader")));

        Assert.Equal(
            "{\"id\":1,\"name\":\"The Persuader\",\"realName\":null,\"profile\":null,\"dataQuality\":null,\"nameVariations\":[]," +
            "\"aliases\":[{\"id\":239,\"name\":\"Jesper Dahlbäck\"}],\"members\":[],\"groups\":[],\"urls\":[],\"images\":[]}",
            json);
    }

    [Fact]
    public void ToBytes_SameRecord_GivesSameHash_DifferentRecord_DifferentHash()
    {
        string first = ContentHash.Sha256Hex(CanonicalJson.ToBytes(Artist("A & B <C>")));
        string again = ContentHash.Sha256Hex(CanonicalJson.ToBytes(Artist("A & B <C>")));
        string other = ContentHash.Sha256Hex(CanonicalJson.ToBytes(Artist("A & B <D>")));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void ToBytes_NonAsciiAndHtmlCharacters_AreWrittenUnescaped()
    {
        string json = Encoding.UTF8.GetString(CanonicalJson.ToBytes(Artist("Öst & <Väst> 'x'")));

        Assert.Contains("\"name\":\"Öst & <Väst> 'x'\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentHash_KnownInput_GivesKnownDigest() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Sha256Hex("abc"u8));

    [SharedDataTheory]
    [InlineData(DumpType.Artists, new[] { "id", "name", "realName", "profile", "dataQuality", "nameVariations", "aliases", "members", "groups", "urls", "images" })]
    [InlineData(DumpType.Labels, new[] { "id", "name", "contactInfo", "profile", "dataQuality", "parentLabel", "sublabels", "urls", "images" })]
    [InlineData(DumpType.Masters, new[] { "id", "title", "year", "mainRelease", "artists", "genres", "styles", "notes", "dataQuality", "videos", "images" })]
    [InlineData(
        DumpType.Releases,
        new[]
        {
            "id", "status", "title", "country", "released", "year", "masterId", "isMainRelease", "notes", "dataQuality", "artists", "extraArtists",
            "labels", "series", "formats", "genres", "styles", "tracklist", "identifiers", "videos", "companies", "images",
        })]
    public void Read_SampleRecords_HaveTheDocumentedKeysInOrder(DumpType type, string[] keys)
    {
        foreach (DumpRecord record in SharedData.ReadAll(type, out _).Take(50))
        {
            using JsonDocument json = JsonDocument.Parse(record.Json);
            Assert.Equal(keys, json.RootElement.EnumerateObject().Select(p => p.Name));
        }
    }
}
