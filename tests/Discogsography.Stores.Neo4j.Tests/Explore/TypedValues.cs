using System.Text.Json;
using Discogsography.Stores.Neo4j.Tests.Fakes;

namespace Discogsography.Stores.Neo4j.Tests.Explore;

/// <summary>Composite typed JSON values (lists, maps, nodes, relationships, paths) for fake answers.</summary>
internal static class TypedValues
{
    public static string List(params string[] items) => Typed.Of("List", "[" + string.Join(",", items) + "]");

    public static string Map(params (string Key, string Value)[] entries) => Typed.Of("Map", Properties(entries));

    public static string Node(string elementId, string label, params (string Key, string Value)[] properties) =>
        Typed.Of("Node", $$"""{"_element_id":{{JsonSerializer.Serialize(elementId)}},"_labels":[{{JsonSerializer.Serialize(label)}}],"_properties":{{Properties(properties)}}}""");

    public static string Relationship(string elementId, string start, string end, string type) =>
        Typed.Of("Relationship", $$"""{"_element_id":"{{elementId}}","_start_node_element_id":"{{start}}","_end_node_element_id":"{{end}}","_type":"{{type}}","_properties":{{"{}"}}}""");

    public static string Path(params string[] elements) => Typed.Of("Path", "[" + string.Join(",", elements) + "]");

    private static string Properties((string Key, string Value)[] entries) =>
        "{" + string.Join(",", entries.Select(entry => JsonSerializer.Serialize(entry.Key) + ":" + entry.Value)) + "}";
}
