namespace Discogsography.Server.Hosting;

/// <summary>Binds and validates <see cref="HostingOptions"/> and makes sure the data directory exists.</summary>
internal static class HostingSetup
{
    public static IServiceCollection AddDiscogsographyHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HostingOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .Validate(o => TryParseRoles(o), "Roles must be a comma-separated list of server, extractor, ingestor, curator.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>The roles configured in <c>Roles</c>; an unknown name stops start-up with a clear message.</summary>
    public static ServerRoles GetRoles(this IConfiguration configuration) =>
        ServerRolesParser.Parse(configuration[nameof(HostingOptions.Roles)] ?? new HostingOptions().Roles);

    /// <summary>Creates the data directory (relative paths resolve against the working directory) and returns its full path.</summary>
    public static string EnsureDataDirectory(this IServiceProvider services)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostingOptions>>().Value;
        var path = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(path);
        return path;
    }

    private static bool TryParseRoles(HostingOptions options)
    {
        try
        {
            options.ParseRoles();
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
