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
        ["DISCOGS_ROOT"] = "Dumps:Root",
        ["DISCOGS_USER_AGENT"] = "Dumps:UserAgent",
        ["PERIODIC_CHECK_DAYS"] = "Dumps:Schedule:PeriodicCheckDays",
        ["AMQP_CONNECTION"] = "Bus:Connection",
        ["EXTRACTION_SOURCE"] = "Extraction:Source",
    };

    /// <summary>
    /// The seeds describe PostgreSQL as <c>POSTGRES_ADDRESS</c> (host:port), <c>POSTGRES_USERNAME</c>, <c>POSTGRES_PASSWORD</c> and
    /// <c>POSTGRES_DATABASE</c>; together they select the PostgreSQL provider with the connection string they make.
    /// </summary>
    internal static readonly IReadOnlyList<string> PostgresVariables = ["POSTGRES_ADDRESS", "POSTGRES_USERNAME", "POSTGRES_PASSWORD", "POSTGRES_DATABASE"];

    /// <summary>The configuration values the seed variables visible through <paramref name="environment"/> set.</summary>
    internal static Dictionary<string, string?> Translate(Func<string, string?> environment)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Map)
        {
            var value = environment(variable);
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        AddPostgres(values, environment);
        return values;
    }

    private static void AddPostgres(Dictionary<string, string?> values, Func<string, string?> environment)
    {
        var address = environment("POSTGRES_ADDRESS");
        if (string.IsNullOrEmpty(address))
        {
            return;
        }

        var separator = address.LastIndexOf(':');
        var connection = new System.Data.Common.DbConnectionStringBuilder
        {
            ["Host"] = separator > 0 ? address[..separator] : address,
            ["Port"] = separator > 0 ? address[(separator + 1)..] : "5432",
            ["Username"] = environment("POSTGRES_USERNAME") ?? "postgres",
            ["Database"] = environment("POSTGRES_DATABASE") ?? "discogsography",
        };
        if (environment("POSTGRES_PASSWORD") is { Length: > 0 } password)
        {
            connection["Password"] = password;
        }

        values["Sql:Provider"] = "Postgres";
        values["Sql:ConnectionString"] = connection.ConnectionString;
    }

    /// <summary>Adds the seed names as an in-memory source ahead of the command line, so the command line still wins.</summary>
    public static IConfigurationBuilder AddSeedEnvironmentVariables(this IConfigurationBuilder configuration)
    {
        var values = Translate(Environment.GetEnvironmentVariable);
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
