namespace Discogsography.GraphQL.Tests.Language;

/// <summary>Finds files of the repository from the test assembly's folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The repository root: the first folder above the test assembly holding the solution file.</summary>
    public static string Root => _root.Value;

    /// <summary>The parse corpus shared with the graphql-js oracle.</summary>
    public static string ParseCorpus(string expectation) => Path.Combine(Root, "tests", "conformance", "corpus", "parse", expectation);

    /// <summary>A file beside these tests (approved outputs).</summary>
    public static string Approved(string name) =>
        Path.Combine(Root, "tests", "Discogsography.GraphQL.Tests", "Language", "Approved", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Discogsography.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Discogsography.sln above {AppContext.BaseDirectory}.");
    }
}
