using Discogsography.Pipeline.Extraction.Download;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Extraction.Scheduling;

/// <summary>Registers the periodic dump check.</summary>
public static class DumpSchedulerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hosted dump scheduler (options from <c>Dumps:Schedule</c>, validated on start) and
    /// <see cref="IDumpUpdateTrigger"/>. Calls <see cref="DumpSourceServiceCollectionExtensions.AddDumpSource"/>;
    /// needs an <see cref="IDumpTrackingStore"/> (<c>AddSqlStore</c>) and an <see cref="IDumpProcessor"/>.
    /// </summary>
    public static IServiceCollection AddDumpScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDumpSource(configuration);
        services.AddOptions<DumpSchedulerOptions>().Bind(configuration.GetSection(DumpSchedulerOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DumpSchedulerOptions>, DumpSchedulerOptionsValidator>());
        services.TryAddSingleton<DumpUpdateCheck>();
        services.TryAddSingleton<DumpUpdateScheduler>();
        services.TryAddSingleton<IDumpUpdateTrigger>(provider => provider.GetRequiredService<DumpUpdateScheduler>());
        services.AddHostedService(provider => provider.GetRequiredService<DumpUpdateScheduler>());
        return services;
    }
}
