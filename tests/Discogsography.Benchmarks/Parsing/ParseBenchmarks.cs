using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.Benchmarks.Parsing;

/// <summary>
/// Parsing speed and allocation for three shapes of document (files under <c>Parsing/inputs</c>): a typical
/// ~1 KB client query, graphql-js's full introspection query and a ~100 KB SDL. Run through
/// <c>scripts/parse-benchmark.sh</c>, which sets the figures beside graphql-js <c>parse</c> on the same files.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    // The ~100 KB SDL holds more tokens than the default limit for requests allows.
    private static readonly ParserOptions _options = new() { MaxTokens = 1_000_000 };

    private string _text = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>The input file, without its <c>.graphql</c> extension.</summary>
    [Params("typical-query", "introspection-query", "large-schema")]
    public string Input { get; set; } = string.Empty;

    /// <summary>Loads the input once per parameter value.</summary>
    [GlobalSetup]
    public void Load()
    {
        var path = Path.Combine(InputsFolder(), Input + ".graphql");
        _utf8 = File.ReadAllBytes(path);
        _text = File.ReadAllText(path);
    }

    /// <summary>Parses the document from a string.</summary>
    [Benchmark(Baseline = true)]
    public DocumentNode ParseText() => Parser.Parse(_text, _options);

    /// <summary>Parses the document from UTF-8 bytes, as an HTTP body arrives.</summary>
    [Benchmark]
    public DocumentNode ParseUtf8() => Parser.Parse(_utf8, _options);

    /// <summary>The inputs folder: from the environment, or beside this source file.</summary>
    private static string InputsFolder([CallerFilePath] string sourceFile = "") =>
        Environment.GetEnvironmentVariable("DISCOGSOGRAPHY_PARSE_INPUTS")
        ?? Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "inputs");
}
