using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.Conformance.Tool;

/// <summary>
/// <c>execute --schema &lt;sdl&gt; --data &lt;json&gt; &lt;cases...&gt;</c>: executes each case document against the schema with the
/// JSON data as root value (default property reads; abstract types from <c>__typename</c>) and answers a JSON array of
/// <c>{ file, result }</c>. A case file may start with <c># variables: {json}</c> and <c># operation: Name</c> lines.
/// <c>echo</c> on the query and mutation roots, when the schema has it, answers its coerced arguments as JSON text (graphql-js's <c>JSON.stringify(args)</c>).
/// </summary>
internal sealed class ExecuteCommand : IToolCommand
{
    private static readonly JsonWriterOptions _echoOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "execute";

    public int Run(IReadOnlyList<string> arguments, Stream output)
    {
        string? schemaFile = null;
        string? dataFile = null;
        var cases = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--schema" when i + 1 < arguments.Count:
                    schemaFile = arguments[++i];
                    break;
                case "--data" when i + 1 < arguments.Count:
                    dataFile = arguments[++i];
                    break;
                default:
                    cases.Add(arguments[i]);
                    break;
            }
        }

        if (schemaFile is null || dataFile is null)
        {
            Console.Error.WriteLine("usage: execute --schema <sdl> --data <json> <cases...>");
            return 2;
        }

        var executor = new RequestExecutor(Bind(schemaFile, dataFile), new RequestExecutorOptions { Validate = ExecutionValidation.SpecRulesOnly });
        var results = new JsonArray();
        foreach (string file in cases)
        {
            GraphQLRequest request = ReadCase(file);
            ExecutionResult result = executor.ExecuteAsync(request, EmptyServices.Instance, null, CancellationToken.None).GetAwaiter().GetResult();
            results.Add(new JsonObject { ["file"] = file, ["result"] = JsonNode.Parse(result.ToJson()) });
        }

        using var writer = new Utf8JsonWriter(output);
        results.WriteTo(writer);
        return 0;
    }

    private static ExecutableSchema Bind(string schemaFile, string dataFile)
    {
        Schema schema = SchemaBuilder.FromSdl(File.ReadAllText(schemaFile)).Build();
        using JsonDocument data = JsonDocument.Parse(File.ReadAllBytes(dataFile));
        var builder = new ExecutableSchemaBuilder(schema).UseRootValue(ToPlain(data.RootElement));
        foreach (ObjectType root in new[] { schema.QueryType, schema.MutationType }.OfType<ObjectType>())
        {
            if (root.Fields.ContainsKey("echo"))
            {
                builder.AddResolver(root.Name, "echo", static context => new ValueTask<object?>(Echo(context.Arguments)));
            }
        }

        return builder.Build();
    }

    private static string Echo(IReadOnlyDictionary<string, object?> arguments)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, _echoOptions))
        {
            ExecutionResult.WriteValue(writer, arguments);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static GraphQLRequest ReadCase(string file)
    {
        string text = File.ReadAllText(file);
        Dictionary<string, object?>? variables = null;
        string? operationName = null;
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith("# variables:", StringComparison.Ordinal))
            {
                using JsonDocument json = JsonDocument.Parse(line["# variables:".Length..]);
                variables = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
            }
            else if (line.StartsWith("# operation:", StringComparison.Ordinal))
            {
                operationName = line["# operation:".Length..].Trim();
            }
        }

        return new GraphQLRequest { Query = text, OperationName = operationName, Variables = variables };
    }

    /// <summary>JSON as plain runtime values: maps, lists, strings, booleans, longs (or doubles) and null.</summary>
    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out long integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
