using Discogsography.Pipeline.Bus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>Registers the ingestion consumers.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hosted <see cref="IngestionService"/> (options from <c>Ingestion</c>, validated on start) and the
    /// message bus if not added yet. The stores are the registered <see cref="Catalog.Ingestion.ICatalogWriter"/>s;
    /// <c>Bus:Consumers</c> must name each one's <see cref="Catalog.Ingestion.ICatalogWriter.StoreName"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the <c>Ingestion</c> and <c>Bus</c> sections.</param>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(s => s.ServiceType == typeof(IMessageBus)))
        {
            services.AddMessageBus(configuration);
        }

        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .Validate(options =>
            {
                options.Validate();
                return true;
            })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IngestionService>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionService>());
        return services;
    }
}
