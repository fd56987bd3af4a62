using System.Diagnostics;
using System.Text.Json;
using Discogsography.GraphQL.Language;

namespace Discogsography.Conformance.Tool;

/// <summary>
/// <c>parse &lt;files...&gt;</c>: parses each file and answers
/// <c>[{ file, ok, printed?, error?: { message, line, column, code } }]</c>, so a script can hold our parser and
/// printer against graphql-js <c>parse</c> and <c>print</c>.
/// <c>parse --repeat N &lt;files...&gt;</c>: parses each file N times after a warm-up and answers
/// <c>[{ file, cpuNanoseconds, wallNanoseconds }]</c> per parse, for the parse benchmark script's comparison
/// in processor time, which a shared machine disturbs less than wall-clock time.
/// </summary>
internal sealed class ParseCommand : IToolCommand
{
    // Timing runs include the ~100 KB benchmark SDL, which holds more tokens than a request may.
    private static readonly ParserOptions _timingOptions = ParserOptions.Schema;

    public string Name => "parse";

    public int Run(IReadOnlyList<string> arguments, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        if (arguments.Count >= 2 && arguments[0] == "--repeat" && int.TryParse(arguments[1], out var repeat) && repeat > 0)
        {
            Time(arguments.Skip(2), repeat, json);
            return 0;
        }

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

    /// <summary>Per file: warm up for two seconds (so tiered compilation settles), then five rounds of
    /// <paramref name="repeat"/> parses; the fastest round is reported, per parse.</summary>
    private static void Time(IEnumerable<string> files, int repeat, Utf8JsonWriter json)
    {
        json.WriteStartArray();
        using var process = Process.GetCurrentProcess();
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
            {
                Parser.Parse(source, _timingOptions);
            }

            var (cpuBest, wallBest) = (double.MaxValue, double.MaxValue);
            for (var round = 0; round < 5; round++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < repeat; i++)
                {
                    Parser.Parse(source, _timingOptions);
                }

                wall.Stop();
                process.Refresh();
                cpuBest = Math.Min(cpuBest, (process.TotalProcessorTime - cpu).TotalNanoseconds / repeat);
                wallBest = Math.Min(wallBest, wall.Elapsed.TotalNanoseconds / repeat);
            }

            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteNumber("cpuNanoseconds", cpuBest);
            json.WriteNumber("wallNanoseconds", wallBest);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
