namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>Settings of the offline Banana Cake Pop IDE served under the GraphQL endpoint (section <c>GraphQL:Ide</c>).</summary>
public sealed class GraphQLIdeOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "GraphQL:Ide";

    /// <summary>The folder holding the IDE's static files (default <c>bcp</c> next to the application's binaries).</summary>
    public string FilesDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "bcp");

    /// <summary>The title the IDE shows for the endpoint (default <c>Discogsography</c>).</summary>
    public string Title { get; set; } = "Discogsography";

    /// <summary>The problems with the current values; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(FilesDirectory))
        {
            problems.Add($"{SectionName}:{nameof(FilesDirectory)} must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add($"{SectionName}:{nameof(Title)} must not be empty.");
        }

        return problems;
    }
}
