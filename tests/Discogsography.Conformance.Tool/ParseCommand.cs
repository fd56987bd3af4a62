using System.Text.Json;
using Discogsography.GraphQL.Language;

namespace Discogsography.Conformance.Tool;

/// <summary>
/// <c>parse &lt;files...&gt;</c>: parses each file and answers
/// <c>[{ file, ok, printed?, error?: { message, line, column } }]</c>, so a script can hold our parser and
/// printer against graphql-js <c>parse</c> and <c>print</c>.
/// </summary>
internal sealed class ParseCommand : IToolCommand
{
    public string Name => "parse";

    public int Run(IReadOnlyList<string> arguments, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var file in arguments)
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            try
            {
                var document = Parser.Parse(File.ReadAllBytes(file));
                json.WriteBoolean("ok", true);
                json.WriteString("printed", SyntaxPrinter.Print(document));
            }
            catch (GraphQLSyntaxException exception)
            {
                json.WriteBoolean("ok", false);
                json.WriteStartObject("error");
                json.WriteString("message", exception.Message);
                json.WriteNumber("line", exception.Line);
                json.WriteNumber("column", exception.Column);
                json.WriteString("code", exception.Code);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        return 0;
    }
}
