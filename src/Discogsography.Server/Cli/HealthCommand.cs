using System.CommandLine;

namespace Discogsography.Server.Cli;

/// <summary><c>health --url</c>: exits 0 when the endpoint answers 200 (container health checks have no curl).</summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var url = new Option<Uri>("--url")
        {
            Description = "The health endpoint to probe.",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:8080/health"),
        };
        var health = new Command("health", "Probe a running instance's health endpoint; exit code 0 when healthy.");
        health.Options.Add(url);
        health.SetAction(async (result, cancellationToken) =>
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await client.GetAsync(result.GetRequiredValue(url), cancellationToken);
                Console.Out.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Console.Error.WriteLine($"unhealthy: {e.Message}");
                return 1;
            }
        });
        return health;
    }
}
