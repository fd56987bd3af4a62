using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Hashing;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Tests.Shared;

namespace Discogsography.Catalog.Tests.Records;

public sealed class CanonicalRecordReaderTests
{
    // The canonical writer covers every member, so equal bytes after a read-and-write mean a deep-equal record.
    [SharedDataTheory]
    [InlineData(DumpType.Artists)]
    [InlineData(DumpType.Labels)]
    [InlineData(DumpType.Masters)]
    [InlineData(DumpType.Releases)]
    public void Read_EveryRealSampleRecord_RoundTripsToTheSameBytes(DumpType type)
    {
        List<DumpRecord> records = SharedData.ReadAll(type);

        Assert.Equal(1000, records.Count);
        foreach (DumpRecord record in records)
        {
            byte[] again = type switch
            {
                DumpType.Artists => CanonicalJson.ToBytes(CanonicalRecordReader.ReadArtist(record.Json.Span)),
                DumpType.Labels => CanonicalJson.ToBytes(CanonicalRecordReader.ReadLabel(record.Json.Span)),
                DumpType.Masters => CanonicalJson.ToBytes(CanonicalRecordReader.ReadMaster(record.Json.Span)),
                _ => CanonicalJson.ToBytes(CanonicalRecordReader.ReadRelease(record.Json.Span)),
            };
            Assert.Equal(Encoding.UTF8.GetString(record.Json.Span), Encoding.UTF8.GetString(again));
        }
    }

    [SharedDataFact]
    public void ReadRelease_RealRelease1_HasTitleYearLabelAndSixTracks()
    {
        DumpRecord record = SharedData.ReadAll(DumpType.Releases).First(r => r.Id == 1);

        ReleaseRecord release = CanonicalRecordReader.ReadRelease(record.Json.Span);

        Assert.Equal(1, release.Id);
        Assert.Equal("Stockholm", release.Title);
        Assert.Equal(1999, release.Year);
        Assert.Equal(1660109, release.MasterId);
        Assert.True(release.IsMainRelease);
        Assert.Equal(new CatalogEntry(5, "Svek", "SK032"), Assert.Single(release.Labels));
        Assert.Equal(["A", "B1", "B2", "C1", "C2", "D"], release.Tracklist.Select(t => t.Position));
        Assert.Equal(["12\"", "33 ⅓ RPM"], Assert.Single(release.Formats).Descriptions);
    }

    [Fact]
    public void ReadLabel_HandWrittenJson_ReadsEveryMemberInAnyKeyOrderAndSkipsUnknownKeys()
    {
        byte[] json = """
            {"sublabels":[{"id":7,"name":"Sub"}],"id":3,"future":{"a":[1,2]},"name":"L","contactInfo":null,"profile":"p",
             "dataQuality":"Correct","parentLabel":{"id":1,"name":"Parent"},"urls":["u"],"images":[{"type":"primary","uri":null,"uri150":"",
             "width":600,"height":null}]}
            """u8.ToArray();

        LabelRecord label = CanonicalRecordReader.ReadLabel(json);

        Assert.Equal(3, label.Id);
        Assert.Equal("L", label.Name);
        Assert.Null(label.ContactInfo);
        Assert.Equal("p", label.Profile);
        Assert.Equal("Correct", label.DataQuality);
        Assert.Equal(new EntityReference(1, "Parent"), label.ParentLabel);
        Assert.Equal([new EntityReference(7, "Sub")], label.Sublabels);
        Assert.Equal(["u"], label.Urls);
        Assert.Equal([new Image("primary", null, "", 600, null)], label.Images);
    }

    [Fact]
    public void ReadArtist_MissingListsAndNullList_ReadAsEmpty()
    {
        ArtistRecord artist = CanonicalRecordReader.ReadArtist("""{"id":9,"aliases":null}"""u8);

        Assert.Equal(9, artist.Id);
        Assert.Null(artist.Name);
        Assert.Empty(artist.Aliases);
        Assert.Empty(artist.NameVariations);
        Assert.Empty(artist.Images);
    }

    [Theory]
    [InlineData("""{"id":42,"title":"x","tracklist":[{"position":"A1",""", 42L)]
    [InlineData("""{"id":42,"year":"1999"}""", 42L)]
    [InlineData("""{"id":42,"genres":[1]}""", 42L)]
    [InlineData("""{"id":42,"isMainRelease":"yes"}""", 42L)]
    [InlineData("""{"id":42,"year":99999999999}""", 42L)]
    [InlineData("""{"id":42} trailing""", 42L)]
    [InlineData("""{"title":"no id"}""", null)]
    [InlineData("""{"id":"42"}""", null)]
    [InlineData("""[1,2]""", null)]
    [InlineData("", null)]
    [InlineData("not json", null)]
    public void ReadRelease_MalformedJson_ThrowsInvalidRecordExceptionWithTheIdWhenRead(string json, long? expectedId)
    {
        InvalidRecordException error = Assert.Throws<InvalidRecordException>(() => CanonicalRecordReader.ReadRelease(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(expectedId, error.RecordId);
    }

    [Theory]
    [InlineData("""{"id":5,"parentLabel":[]}""")]
    [InlineData("""{"id":5,"sublabels":{}}""")]
    public void ReadLabel_WrongShape_ThrowsInvalidRecordException(string json)
    {
        InvalidRecordException error = Assert.Throws<InvalidRecordException>(() => CanonicalRecordReader.ReadLabel(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(5, error.RecordId);
    }
}
