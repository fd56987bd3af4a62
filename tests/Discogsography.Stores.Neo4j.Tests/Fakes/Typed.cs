using System.Globalization;
using System.Text.Json;

namespace Discogsography.Stores.Neo4j.Tests.Fakes;

/// <summary>Typed JSON values as the Query API writes them, for fake answers.</summary>
internal static class Typed
{
    public static string Null => """{"$type":"Null","_value":null}""";

    public static string Integer(long value) => $$"""{"$type":"Integer","_value":"{{value.ToString(CultureInfo.InvariantCulture)}}"}""";

    public static string String(string value) => $$"""{"$type":"String","_value":{{JsonSerializer.Serialize(value)}}}""";

    public static string Of(string type, string valueJson) => $$"""{"$type":"{{type}}","_value":{{valueJson}}}""";
}
