using System.Text.Json;
using Discogsography.Stores.Neo4j.Client;

namespace Discogsography.Stores.Neo4j.Tests.Client;

public sealed class TypedJsonReaderTests
{
    private static object? Read(string json) => TypedJsonReader.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Read_Scalars_MapToDotNetTypes()
    {
        Assert.Null(Read("""{"$type":"Null","_value":null}"""));
        Assert.Equal(true, Read("""{"$type":"Boolean","_value":true}"""));
        Assert.Equal(9007199254740993L, Read("""{"$type":"Integer","_value":"9007199254740993"}"""));
        Assert.Equal(-3L, Read("""{"$type":"Integer","_value":"-3"}"""));
        Assert.Equal(1.25, Read("""{"$type":"Float","_value":"1.25"}"""));
        Assert.True(double.IsNaN((double)Read("""{"$type":"Float","_value":"NaN"}""")!));
        Assert.Equal("Sigur Rós", Read("""{"$type":"String","_value":"Sigur Rós"}"""));
        Assert.Equal(new byte[] { 1, 2, 3 }, Read("""{"$type":"Base64","_value":"AQID"}"""));
    }

    [Fact]
    public void Read_Temporals_MapToDateAndTimeTypes()
    {
        Assert.Equal(new DateOnly(1999, 3, 1), Read("""{"$type":"Date","_value":"1999-03-01"}"""));
        Assert.Equal(new TimeOnly(12, 50, 35), Read("""{"$type":"LocalTime","_value":"12:50:35"}"""));
        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), Read("""{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}"""));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), Read("""{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}"""));
        Assert.Equal(
            new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(1)),
            Read("""{"$type":"ZonedDateTime","_value":"2024-01-01T21:40:32+01:00[Europe/Stockholm]"}"""));
        Assert.Equal(new TimeSpan(14, 16, 12, 0), Read("""{"$type":"Duration","_value":"P14DT16H12M"}"""));
        Assert.Equal("P1Y2M", Read("""{"$type":"Duration","_value":"P1Y2M"}"""));
    }

    [Fact]
    public void Read_ListsAndMaps_MapRecursively()
    {
        var value = Read("""
            {"$type":"Map","_value":{"ids":{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"Integer","_value":"2"}]},
             "name":{"$type":"String","_value":"x"}}}
            """);

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(new object[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["ids"]));
        Assert.Equal("x", map["name"]);
    }

    [Fact]
    public void Read_NodeAndRelationship_KeepLabelsTypeAndTypedProperties()
    {
        var node = Assert.IsType<Neo4jNode>(Read("""
            {"$type":"Node","_value":{"_element_id":"4:abc:0","_labels":["Artist"],
             "_properties":{"id":{"$type":"Integer","_value":"1"},"name":{"$type":"String","_value":"The Persuader"}}}}
            """));
        var relationship = Assert.IsType<Neo4jRelationship>(Read("""
            {"$type":"Relationship","_value":{"_element_id":"5:abc:9","_start_node_element_id":"4:abc:1","_end_node_element_id":"4:abc:0",
             "_type":"BY","_properties":{}}}
            """));

        Assert.Equal("4:abc:0", node.ElementId);
        Assert.Equal(["Artist"], node.Labels);
        Assert.Equal(1L, node.Properties["id"]);
        Assert.Equal("The Persuader", node.Properties["name"]);
        Assert.Equal(("BY", "4:abc:1", "4:abc:0"), (relationship.Type, relationship.StartElementId, relationship.EndElementId));
        Assert.Empty(relationship.Properties);
    }

    [Fact]
    public void Read_PlainJson_MapsByJsonKind()
    {
        Assert.Equal(5L, Read("5"));
        Assert.Equal(2.5, Read("2.5"));
        Assert.Equal("s", Read("\"s\""));
    }

    [Fact]
    public void Read_UnknownType_Throws() =>
        Assert.Throws<FormatException>(() => Read("""{"$type":"Vector","_value":[]}"""));
}
