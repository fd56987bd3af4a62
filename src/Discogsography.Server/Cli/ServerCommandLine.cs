using System.CommandLine;

namespace Discogsography.Server.Cli;

/// <summary>
/// The operator commands of the server binary. Each command lives in its own file and is listed in <see cref="Commands"/>.
/// </summary>
internal static class ServerCommandLine
{
    private static IEnumerable<Command> Commands()
    {
        yield return SchemaCommand.Create();
        yield return ConfigCommand.Create();
        yield return HealthCommand.Create();
        yield return ExtractCommand.Create();
        yield return SampleCommand.Create();
    }

    /// <summary>True when the first argument names a command rather than host configuration.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands().Any(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Discogsography: a GraphQL server over the Discogs music knowledge graph.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        return await root.Parse(args).InvokeAsync();
    }
}
