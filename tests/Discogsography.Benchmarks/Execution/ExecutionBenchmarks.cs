using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.Benchmarks.Execution;

/// <summary>
/// One realistic nested query (1,000 releases × 10 fields, a label, two artists and a list of lists each) through the whole
/// request pipeline: with the document cache (parse and validation done once) and without it (every request parses and
/// validates), and with the result written as JSON. Run by scripts/execute-benchmark.sh beside graphql-js's execute.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private ExecutableSchema _schema = null!;
    private RequestExecutor _cached = null!;
    private GraphQLRequest _request = null!;

    /// <summary>Builds the schema, the data and a warm executor.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string folder = InputFolder();
        _schema = new ExecutableSchemaBuilder(SchemaBuilder.FromSdl(File.ReadAllText(Path.Combine(folder, "schema.graphql"))).Build())
            .UseRootValue(BenchmarkCatalog.Create())
            .Build();
        _request = new GraphQLRequest { Query = File.ReadAllText(Path.Combine(folder, "query.graphql")) };
        _cached = new RequestExecutor(_schema, Options);
        ExecutionResult warm = Execute(_cached);
        if (warm.Errors.Count > 0)
        {
            throw new InvalidOperationException(warm.Errors[0].Message);
        }
    }

    /// <summary>Parse and validation cached: execution only.</summary>
    [Benchmark(Baseline = true)]
    public ExecutionResult Cached() => Execute(_cached);

    /// <summary>A fresh document cache per request: parse, validate, plan and execute.</summary>
    [Benchmark]
    public ExecutionResult Uncached() => Execute(new RequestExecutor(_schema, Options));

    /// <summary>Cached, and the result written as JSON (what a transport does).</summary>
    [Benchmark]
    public int CachedToJson()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        Execute(_cached).WriteTo(writer);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>This folder in the repository: from DISCOGSOGRAPHY_EXECUTE_INPUTS, else found above the binaries.</summary>
    private static string InputFolder()
    {
        if (Environment.GetEnvironmentVariable("DISCOGSOGRAPHY_EXECUTE_INPUTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "Discogsography.Benchmarks", "Execution");
            if (File.Exists(Path.Combine(candidate, "schema.graphql")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Set DISCOGSOGRAPHY_EXECUTE_INPUTS to tests/Discogsography.Benchmarks/Execution.");
    }

    private static RequestExecutorOptions Options { get; } = new() { Validate = ExecutionValidation.SpecRulesOnly };

    private ExecutionResult Execute(RequestExecutor executor) =>
        executor.ExecuteAsync(_request, EmptyServices.Instance, null, CancellationToken.None).GetAwaiter().GetResult();

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
