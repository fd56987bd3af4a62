using Microsoft.Extensions.Logging.Console;

namespace Discogsography.Server.Cli.Extract;

/// <summary>
/// The configuration and services the <c>extract</c> command builds for itself (it runs without the web host): the
/// environment (<c>AMQP_CONNECTION</c>, <c>Dumps__*</c>, <c>Bus__*</c>, <c>Publishing__*</c>) overlaid by the
/// command's options, and logging of warnings and errors to standard error so standard output stays the report.
/// </summary>
internal static class ExtractServices
{
    /// <summary>The environment, overlaid by <paramref name="options"/> (the command line wins).</summary>
    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?> options) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(options).Build();

    /// <summary>A service collection with logging to standard error.</summary>
    public static IServiceCollection Create() => new ServiceCollection().AddLogging(logging => logging
        .SetMinimumLevel(LogLevel.Warning)
        .AddSimpleConsole(console => console.SingleLine = true)
        .Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
}
