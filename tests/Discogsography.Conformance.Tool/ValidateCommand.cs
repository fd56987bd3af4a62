using System.Text.Json;
using System.Text.Json.Nodes;
using Discogsography.GraphQL;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Validation;

namespace Discogsography.Conformance.Tool;

/// <summary>
/// <c>validate --schema &lt;sdl&gt; &lt;files...&gt;</c>: validates each document with the spec rules only (no operation
/// limits) and answers a JSON array of <c>{ file, errors: [{ message, locations: [{ line, column }], rule }] }</c>,
/// or <c>{ file, parseError }</c> when a document does not parse.
/// </summary>
internal sealed class ValidateCommand : IToolCommand
{
    public string Name => "validate";

    public int Run(IReadOnlyList<string> arguments, Stream output)
    {
        if (arguments.Count < 2 || arguments[0] != "--schema")
        {
            Console.Error.WriteLine("usage: validate --schema <sdl file> <document files...>");
            return 2;
        }

        Schema schema = SchemaBuilder.FromSdl(File.ReadAllText(arguments[1])).Build();
        var results = new JsonArray();
        foreach (string file in arguments.Skip(2))
        {
            results.Add(ValidateOne(schema, file));
        }

        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        results.WriteTo(writer);
        return 0;
    }

    private static JsonObject ValidateOne(Schema schema, string file)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(File.ReadAllText(file));
        }
        catch (GraphQLSyntaxException exception)
        {
            return new JsonObject { ["file"] = file, ["parseError"] = exception.Message };
        }

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(schema, document, ValidationOptions.SpecRulesOnly);
        return new JsonObject
        {
            ["file"] = file,
            ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject
            {
                ["message"] = e.Message,
                ["locations"] = new JsonArray([.. e.Locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]),
                ["rule"] = e.Extensions?.GetValueOrDefault("rule") as string,
            })]),
        };
    }
}
