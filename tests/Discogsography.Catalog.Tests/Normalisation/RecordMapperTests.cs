using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests.Normalisation;

public sealed class RecordMapperTests
{
    [Fact]
    public void MapRelease_NoMaster_GivesNullMasterIdAndFalseMainRelease()
    {
        JsonElement release = InlineDump.Single(DumpType.Releases, "<release id=\"533631\"><master_id is_main_release=\"false\">0</master_id></release>");

        Assert.Equal(JsonValueKind.Null, release.GetProperty("masterId").ValueKind);
        Assert.False(release.GetProperty("isMainRelease").GetBoolean());
    }

    [Fact]
    public void MapRelease_AbsentMasterElement_GivesNullMainReleaseFlag()
    {
        JsonElement release = InlineDump.Single(DumpType.Releases, "<release id=\"7\"><released></released></release>");

        Assert.Equal(JsonValueKind.Null, release.GetProperty("masterId").ValueKind);
        Assert.Equal(JsonValueKind.Null, release.GetProperty("isMainRelease").ValueKind);
        Assert.Equal(JsonValueKind.Null, release.GetProperty("released").ValueKind);
        Assert.Equal(JsonValueKind.Null, release.GetProperty("year").ValueKind);
    }

    [Fact]
    public void MapMaster_YearZero_GivesNull()
    {
        JsonElement master = InlineDump.Single(DumpType.Masters, "<master id=\"9\"><main_release>12</main_release><year>0</year><title>T</title></master>");

        Assert.Equal(JsonValueKind.Null, master.GetProperty("year").ValueKind);
        Assert.Equal(12, master.GetProperty("mainRelease").GetInt64());
    }

    [Fact]
    public void MapRelease_EveryElement_IsMapped()
    {
        JsonElement release = InlineDump.Single(
            DumpType.Releases,
            "<release id=\"1\" status=\"Accepted\"><images><image type=\"primary\" uri=\"\" uri150=\"\" width=\"600\" height=\"450\"/></images>" +
            "<artists><artist><id>1</id><name>A</name><anv>AA</anv><join>&amp;</join><role/><tracks/></artist><artist><id>0</id><name>B</name></artist></artists>" +
            "<title>T</title><labels><label name=\"L\" catno=\"C1\" id=\"5\"/></labels>" +
            "<extraartists><artist><id>239</id><name>P</name><role>Producer</role><tracks>A1 to B2</tracks></artist></extraartists>" +
            "<formats><format name=\"Vinyl\" qty=\"x\" text=\"Red\"><descriptions><description>LP</description></descriptions></format></formats>" +
            "<genres><genre>Electronic</genre></genres><styles><style>House</style></styles><country>UK</country><released>1980s</released>" +
            "<notes>N</notes><data_quality>Correct</data_quality><master_id is_main_release=\"true\">77</master_id>" +
            "<tracklist><track><position>1</position><title>Index</title><duration/><sub_tracks><track><position>1.1</position><title>Sub</title><duration>1:00</duration></track></sub_tracks></track>" +
            "<track><position>2</position><title>Two</title><duration>2:00</duration><artists><artist><id>3</id><name>C</name></artist></artists><extraartists><artist><id>4</id><name>D</name><role>Mixed By</role></artist></extraartists></track></tracklist>" +
            "<identifiers><identifier type=\"Barcode\" value=\"123\"/></identifiers>" +
            "<videos><video src=\"https://v\" duration=\"296\" embed=\"true\"><title>V</title><description>Desc</description></video></videos>" +
            "<companies><company><id>56025</id><name>MPO</name><catno/><entity_type>17</entity_type><entity_type_name>Pressed By</entity_type_name><resource_url>https://api.discogs.com/labels/56025</resource_url></company></companies>" +
            "<series><series name=\"S\" catno=\"4\" id=\"8\"/></series></release>");

        Assert.Equal(1980, release.GetProperty("year").GetInt32());
        Assert.Equal(77, release.GetProperty("masterId").GetInt64());
        JsonElement[] artists = [.. release.GetProperty("artists").EnumerateArray()];
        Assert.Equal("AA", artists[0].GetProperty("anv").GetString());
        Assert.Equal("&", artists[0].GetProperty("join").GetString());
        Assert.Equal(JsonValueKind.Null, artists[1].GetProperty("id").ValueKind);
        Assert.Equal("A1 to B2", release.GetProperty("extraArtists")[0].GetProperty("tracks").GetString());
        JsonElement format = release.GetProperty("formats")[0];
        Assert.Equal(JsonValueKind.Null, format.GetProperty("qty").ValueKind);
        Assert.Equal("Red", format.GetProperty("text").GetString());
        JsonElement[] tracks = [.. release.GetProperty("tracklist").EnumerateArray()];
        Assert.Equal("Sub", tracks[0].GetProperty("subTracks")[0].GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, tracks[0].GetProperty("duration").ValueKind);
        Assert.Equal(3, tracks[1].GetProperty("artists")[0].GetProperty("id").GetInt64());
        Assert.Equal("Mixed By", tracks[1].GetProperty("extraArtists")[0].GetProperty("role").GetString());
        JsonElement identifier = release.GetProperty("identifiers")[0];
        Assert.Equal("Barcode", identifier.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, identifier.GetProperty("description").ValueKind);
        JsonElement video = release.GetProperty("videos")[0];
        Assert.Equal(296, video.GetProperty("duration").GetInt32());
        Assert.True(video.GetProperty("embed").GetBoolean());
        JsonElement company = release.GetProperty("companies")[0];
        Assert.Equal(17, company.GetProperty("entityType").GetInt32());
        Assert.Equal(JsonValueKind.Null, company.GetProperty("catno").ValueKind);
        Assert.Equal(8, release.GetProperty("series")[0].GetProperty("id").GetInt64());
        JsonElement image = release.GetProperty("images")[0];
        Assert.Equal(JsonValueKind.Null, image.GetProperty("uri").ValueKind);
        Assert.Equal(450, image.GetProperty("height").GetInt32());
    }
}
