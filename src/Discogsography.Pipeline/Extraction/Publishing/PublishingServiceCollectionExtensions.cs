using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Extraction.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>Registers dump publishing.</summary>
public static class PublishingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DumpPublisher"/> and the scheduler's <see cref="IDumpProcessor"/> that publishes with it (and the
    /// message bus, if not added yet), with options bound from <c>Publishing</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the <c>Publishing</c> and <c>Bus</c> sections.</param>
    public static IServiceCollection AddDumpPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(s => s.ServiceType == typeof(IMessageBus)))
        {
            services.AddMessageBus(configuration);
        }

        services.AddOptions<DumpPublisherOptions>()
            .Bind(configuration.GetSection(DumpPublisherOptions.SectionName))
            .Validate(options =>
            {
                options.Validate();
                return true;
            })
            .ValidateOnStart();
        services.TryAddSingleton<DumpPublisher>();
        services.TryAddSingleton<IDumpProcessor, BusDumpProcessor>();
        return services;
    }
}
