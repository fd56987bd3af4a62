using System.Text.Json;
using System.Text.Json.Nodes;
using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Printing;

namespace Discogsography.Conformance.Tool;

/// <summary>
/// <c>schema &lt;files...&gt;</c>: builds each SDL file and answers a JSON array of
/// <c>{ file, ok, sdl?, introspection?, errors?: [{ message, locations: [{ line, column }] }] }</c>.
/// </summary>
internal sealed class SchemaCommand : IToolCommand
{
    public string Name => "schema";

    public int Run(IReadOnlyList<string> arguments, Stream output)
    {
        var results = new JsonArray();
        foreach (string file in arguments)
        {
            results.Add(BuildOne(file));
        }

        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        results.WriteTo(writer);
        return 0;
    }

    private static JsonObject BuildOne(string file)
    {
        try
        {
            Schema schema = SchemaBuilder.FromSdl(File.ReadAllText(file)).Build();
            return new JsonObject
            {
                ["file"] = file,
                ["ok"] = true,
                ["sdl"] = SchemaPrinter.Print(schema),
                ["introspection"] = IntrospectionResult.Build(schema),
            };
        }
        catch (SchemaException exception)
        {
            return new JsonObject
            {
                ["file"] = file,
                ["ok"] = false,
                ["errors"] = new JsonArray([.. exception.Problems.Select(p => (JsonNode)new JsonObject
                {
                    ["message"] = p.Message,
                    ["locations"] = new JsonArray([.. p.Locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]),
                })]),
            };
        }
    }
}
