using System.CommandLine;
using System.Text.Json;
using Discogsography.Server.Hosting;

namespace Discogsography.Server.Cli;

/// <summary><c>config env</c>: lists the environment variable names the binary understands and the settings they set.</summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write a JSON object instead of a table." };
        var env = new Command("env", "List the environment variables (seed names) this binary reads, with the setting each one sets.");
        env.Options.Add(json);
        env.SetAction(result =>
        {
            var names = SeedEnvironmentVariables.Map
                .Concat(SeedEnvironmentVariables.PostgresVariables.Select(v => KeyValuePair.Create(v, "Sql:Provider + Sql:ConnectionString")))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToList();
            if (result.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(names.ToDictionary(p => p.Key, p => p.Value)));
            }
            else
            {
                foreach (var (variable, key) in names)
                {
                    Console.Out.WriteLine($"{variable,-24} {key}");
                }

                Console.Out.WriteLine("Any setting can also be given as an environment variable with '__' for ':' (e.g. Logging__Format=json).");
            }

            return 0;
        });

        var config = new Command("config", "Configuration tools.");
        config.Subcommands.Add(env);
        return config;
    }
}
