using System.Collections.Frozen;
using System.Reflection;

namespace Discogsography.Stores.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store sends. Each lives in its own file under <c>Cypher/</c> (embedded in the
/// assembly and linted by <c>tests/conformance/cypher-lint.mjs</c>); nothing else in the code holds Cypher text.
/// </summary>
internal static class CypherStatements
{
    private const string Prefix = "Cypher/";
    private const string Extension = ".cypher";

    private static readonly FrozenDictionary<string, CypherStatement> s_all = Load();

    /// <summary>All statements by name.</summary>
    public static IReadOnlyDictionary<string, CypherStatement> All => s_all;

    /// <summary>The statement called <paramref name="name"/> (its path under <c>Cypher/</c> without the extension).</summary>
    /// <exception cref="KeyNotFoundException">No such file is embedded.</exception>
    public static CypherStatement Get(string name) =>
        s_all.TryGetValue(name, out var statement)
            ? statement
            : throw new KeyNotFoundException($"No Cypher statement '{name}' is embedded (expected Cypher/{name}{Extension}).");

    /// <summary>The statements whose names start with <paramref name="folder"/>/, in name order.</summary>
    public static IReadOnlyList<CypherStatement> InFolder(string folder) =>
        [.. s_all.Values.Where(s => s.Name.StartsWith(folder + "/", StringComparison.Ordinal)).OrderBy(s => s.Name, StringComparer.Ordinal)];

    private static FrozenDictionary<string, CypherStatement> Load()
    {
        var assembly = typeof(CypherStatements).Assembly;
        var statements = new Dictionary<string, CypherStatement>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^Extension.Length].Replace('\\', '/');
            statements[name] = new CypherStatement(name, Read(assembly, resource));
        }

        return statements.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
