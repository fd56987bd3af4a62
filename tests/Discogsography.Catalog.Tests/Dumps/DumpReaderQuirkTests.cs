using System.Text;
using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests.Dumps;

public sealed class DumpReaderQuirkTests
{
    [Fact]
    public void Read_BareAmpersand_IsKeptAsText()
    {
        JsonElement artist = InlineDump.Single(DumpType.Artists, "<artist><id>7</id><name>Tom & Jerry</name><profile>R&B &amp; more</profile></artist>");

        Assert.Equal("Tom & Jerry", artist.GetProperty("name").GetString());
        Assert.Equal("R&B & more", artist.GetProperty("profile").GetString());
    }

    [Fact]
    public void Read_CarriageReturnReference_BecomesCarriageReturn()
    {
        JsonElement label = InlineDump.Single(DumpType.Labels, "<label><id>1</id><name>Planet E</name><contactinfo>P.O. Box 27218&#13;\nDetroit</contactinfo></label>");

        Assert.Equal("P.O. Box 27218\r\nDetroit", label.GetProperty("contactInfo").GetString());
    }

    [Fact]
    public void Read_InvalidUtf8_IsReplacedAndCounted()
    {
        byte[] xml = [.. "<artists><artist><id>3</id><name>Bad "u8, 0xFF, .. " and "u8, 0xC3, .. "(</name></artist></artists>"u8];

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Artists, xml);

        DumpRecord record = Assert.Single(records);
        Assert.Equal("Bad \uFFFD and \uFFFD(", JsonDocument.Parse(record.Json).RootElement.GetProperty("name").GetString());
        Assert.Equal(2, report.InvalidBytesReplaced);
        Assert.Equal(0, report.Skipped);
    }

    [Fact]
    public void Read_UnknownEntity_IsKeptLiterally()
    {
        JsonElement artist = InlineDump.Single(DumpType.Artists, "<artist><id>4</id><name>Caf&eacute; &#233; &#xE9; &#99999999;</name></artist>");

        Assert.Equal("Caf&eacute; é é \uFFFD", artist.GetProperty("name").GetString());
    }

    [Fact]
    public void Read_EmptyAndWhitespaceOnlyElements_BecomeNullOrEmptyLists()
    {
        JsonElement artist = InlineDump.Single(
            DumpType.Artists,
            "<artist><id>5</id><name>  Padded  </name><realname></realname><profile>  \n\t </profile><data_quality/><urls/><namevariations></namevariations></artist>");

        Assert.Equal("  Padded  ", artist.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, artist.GetProperty("realName").ValueKind);
        Assert.Equal(JsonValueKind.Null, artist.GetProperty("profile").ValueKind);
        Assert.Equal(JsonValueKind.Null, artist.GetProperty("dataQuality").ValueKind);
        Assert.Equal(0, artist.GetProperty("urls").GetArrayLength());
        Assert.Equal(0, artist.GetProperty("nameVariations").GetArrayLength());
        Assert.Equal(0, artist.GetProperty("aliases").GetArrayLength());
    }

    [Fact]
    public void Read_ParentLabelWithOnlyAnAttribute_GivesIdAndNullName()
    {
        JsonElement label = InlineDump.Single(DumpType.Labels, "<label><id>9</id><name>Child</name><parentLabel id=\"212\"/></label>");

        JsonElement parent = label.GetProperty("parentLabel");
        Assert.Equal(212, parent.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, parent.GetProperty("name").ValueKind);
    }

    [Fact]
    public void Read_NestedSublabels_AreNotTakenForRecords()
    {
        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(
            DumpType.Labels,
            "<labels>\n<label><id>1</id><name>Parent</name><sublabels><label id=\"2\">Child</label><label/></sublabels></label>\n" +
            "<label><id>2</id><name>Child</name><parentLabel id=\"1\">Parent</parentLabel></label>\n</labels>");

        Assert.Equal(0, report.Skipped);
        Assert.Equal([1L, 2L], records.Select(r => r.Id));
        JsonElement parent = JsonDocument.Parse(records[0].Json).RootElement;
        JsonElement sublabel = Assert.Single(parent.GetProperty("sublabels").EnumerateArray());
        Assert.Equal(2, sublabel.GetProperty("id").GetInt64());
        Assert.Equal("Child", sublabel.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, parent.GetProperty("parentLabel").ValueKind);
    }

    [Fact]
    public void Read_DoNotUseRecordWithoutName_IsKeptWithNullName()
    {
        JsonElement artist = InlineDump.Single(DumpType.Artists, "<artist><id>66827</id><profile>[b]DO NOT USE.[/b]</profile><data_quality>Correct</data_quality></artist>");

        Assert.Equal(66827, artist.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, artist.GetProperty("name").ValueKind);
    }

    [Fact]
    public void Read_MembersListedAsIdNamePairs_TakeIdsFromAttributes()
    {
        JsonElement artist = InlineDump.Single(
            DumpType.Artists,
            "<artist><id>2</id><name>Duo</name><members><id>26</id><name id=\"26\">Alexi</name><id>27</id><name>Cari</name></members></artist>");

        Assert.Equal([(26L, "Alexi"), (27L, "Cari")], artist.GetProperty("members").EnumerateArray().Select(m => (m.GetProperty("id").GetInt64(), m.GetProperty("name").GetString()!)));
    }

    [Fact]
    public void Read_SelfClosingRecord_IsARecordOfItsAttributes()
    {
        JsonElement release = InlineDump.Single(DumpType.Releases, "<release id=\"42\" status=\"Draft\"/>");

        Assert.Equal(42, release.GetProperty("id").GetInt64());
        Assert.Equal("Draft", release.GetProperty("status").GetString());
        Assert.Equal(0, release.GetProperty("tracklist").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, release.GetProperty("title").ValueKind);
    }

    [Fact]
    public void Read_HugeRelease_KeepsEveryTrackAndCredit()
    {
        var xml = new StringBuilder("<releases>\n<release id=\"533631\"><title>Box</title><extraartists>");
        for (int i = 1; i <= 4000; i++)
        {
            xml.Append($"<artist><id>{i}</id><name>Player {i}</name><role>Guitar</role></artist>");
        }

        xml.Append("</extraartists><tracklist>");
        for (int i = 1; i <= 5000; i++)
        {
            xml.Append($"<track><position>{i}</position><title>Track {i}</title><duration>1:00</duration></track>");
        }

        xml.Append("</tracklist></release>\n</releases>");

        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(DumpType.Releases, xml.ToString(), DumpReaderOptions.Default with { DecompressOnSeparateThread = false });

        JsonElement release = JsonDocument.Parse(Assert.Single(records).Json).RootElement;
        Assert.Equal(0, report.Skipped);
        Assert.Equal(4000, release.GetProperty("extraArtists").GetArrayLength());
        Assert.Equal(5000, release.GetProperty("tracklist").GetArrayLength());
        Assert.Equal("Track 5000", release.GetProperty("tracklist")[4999].GetProperty("title").GetString());
    }

    [Fact]
    public void Read_CommentsCDataAndDeclarations_AreHandled()
    {
        (List<DumpRecord> records, DumpReadReport report) = InlineDump.Read(
            DumpType.Masters,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- dump --><masters>\n<master id=\"3\"><title><![CDATA[A <b> & c]]></title><!-- note --><year>1999</year></master>\n</masters>");

        JsonElement master = JsonDocument.Parse(Assert.Single(records).Json).RootElement;
        Assert.Equal(0, report.Skipped);
        Assert.Equal("A <b> & c", master.GetProperty("title").GetString());
        Assert.Equal(1999, master.GetProperty("year").GetInt32());
    }

    [Fact]
    public void Read_AttributeWhitespace_IsNormalisedButReferencesAreNot()
    {
        JsonElement release = InlineDump.Single(DumpType.Releases, "<release id=\"1\"><labels><label name=\"A\tB\nC\" catno=\"X&#10;Y\" id=\"5\"/></labels></release>");

        JsonElement label = release.GetProperty("labels")[0];
        Assert.Equal("A B C", label.GetProperty("name").GetString());
        Assert.Equal("X\nY", label.GetProperty("catno").GetString());
    }
}
