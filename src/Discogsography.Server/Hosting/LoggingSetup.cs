namespace Discogsography.Server.Hosting;

/// <summary>Console logging: JSON lines when <c>Logging:Format=json</c> (containers), simple lines otherwise.</summary>
internal static class LoggingSetup
{
    public static WebApplicationBuilder AddDiscogsographyLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
            });
        }

        return builder;
    }
}
