using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Discogsography.Server.Hosting;

/// <summary><c>/health</c> (the process is alive) and <c>/ready</c> (its dependencies answer) for every role.</summary>
internal static class HealthEndpoints
{
    /// <summary>The tag a health check carries when it gates readiness.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddDiscogsographyHealth(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    public static IEndpointRouteBuilder MapDiscogsographyHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
