namespace Discogsography.Server.Hosting;

/// <summary>
/// Maps the environment variable names the reference implementation's seeds use
/// (e.g. <c>POSTGRES_ADDRESS</c>, <c>LOG_LEVEL</c>) onto configuration keys bound by options classes.
/// </summary>
internal static class SeedEnvironmentVariables
{
    /// <summary>Seed variable name → configuration key. Later components add their names here.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Map = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LOG_LEVEL"] = "Logging:LogLevel:Default",
        ["DATA_DIRECTORY"] = "DataDirectory",
        ["ROLES"] = "Roles",
    };

    /// <summary>Adds the seed names as an in-memory source ahead of the command line, so the command line still wins.</summary>
    public static IConfigurationBuilder AddSeedEnvironmentVariables(this IConfigurationBuilder configuration)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Map)
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        if (values.Count == 0)
        {
            return configuration;
        }

        // Insert before the command-line source so explicit arguments keep precedence.
        var sources = configuration.Sources;
        var commandLine = sources.ToList().FindIndex(s => s.GetType().Name.Contains("CommandLine", StringComparison.Ordinal));
        var memory = new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = values };
        if (commandLine >= 0)
        {
            sources.Insert(commandLine, memory);
        }
        else
        {
            sources.Add(memory);
        }

        return configuration;
    }
}
