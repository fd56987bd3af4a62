using System.Net;
using Discogsography.Pipeline.Extraction.Discovery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>Registers dump discovery, download, verification and retention.</summary>
public static class DumpSourceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDumpSource"/> (the data site, or the local folder when <c>Dumps:LocalFolder</c> is set) with
    /// its options from the <c>Dumps</c> section, validated on start; one polite HTTP client per process; and
    /// the retention of downloaded months. A <see cref="TimeProvider"/> is added as <see cref="TimeProvider.System"/>
    /// unless one is registered.
    /// </summary>
    public static IServiceCollection AddDumpSource(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DumpSourceOptions>().Bind(configuration.GetSection(DumpSourceOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DumpSourceOptions>, DumpSourceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new RequestPacer(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<DumpSourceOptions>>().Value.MinimumRequestInterval));
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DumpSourceOptions>>();
            var handler = new SocketsHttpHandler
            {
                ConnectTimeout = options.Value.ConnectTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(15),
                AutomaticDecompression = DecompressionMethods.None,
            };
            return new PoliteHttpClient(
                new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
                provider.GetRequiredService<RequestPacer>(),
                options,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<PoliteHttpClient>>());
        });
        services.TryAddSingleton<DumpDownloader>();
        services.TryAddSingleton<DumpRetention>();
        services.TryAddSingleton<DiscogsSiteDumpSource>();
        services.TryAddSingleton<LocalFolderDumpSource>();
        services.TryAddSingleton<IDumpSource>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<DumpSourceOptions>>().Value.LocalFolder)
                ? provider.GetRequiredService<DiscogsSiteDumpSource>()
                : provider.GetRequiredService<LocalFolderDumpSource>());
        return services;
    }
}
