using Discogsography.Pipeline.Bus.InProcess;
using Discogsography.Pipeline.Bus.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Bus;

/// <summary>Registers the message bus.</summary>
public static class BusServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IMessageBus"/> as a singleton: RabbitMQ when <c>Bus:Transport</c> is <c>RabbitMq</c> or
    /// <c>AMQP_CONNECTION</c> is set, in-process otherwise. Options are bound from <c>Bus</c> and validated on start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the <c>Bus</c> section and <c>AMQP_CONNECTION</c>.</param>
    public static IServiceCollection AddMessageBus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BusOptions>()
            .Bind(configuration.GetSection(BusOptions.SectionName))
            .PostConfigure(options =>
            {
                if (configuration["AMQP_CONNECTION"] is { Length: > 0 } amqp)
                {
                    options.Connection ??= amqp;
                    if (configuration[$"{BusOptions.SectionName}:{nameof(BusOptions.Transport)}"] is null)
                    {
                        options.Transport = BusTransport.RabbitMq;
                    }
                }
            })
            .Validate(options =>
            {
                options.Validate();
                return true;
            })
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageBus>(provider =>
        {
            BusOptions options = provider.GetRequiredService<IOptions<BusOptions>>().Value;
            ILoggerFactory loggers = provider.GetRequiredService<ILoggerFactory>();
            return options.Transport == BusTransport.RabbitMq
                ? new RabbitMqBus(options, provider.GetRequiredService<TimeProvider>(), loggers)
                : new InProcessBus(options, loggers.CreateLogger<InProcessBus>());
        });
        return services;
    }
}
