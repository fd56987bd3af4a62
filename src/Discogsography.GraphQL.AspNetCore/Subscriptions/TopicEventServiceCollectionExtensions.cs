using Discogsography.GraphQL.AspNetCore.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.GraphQL.AspNetCore;

/// <summary>Registers the subscription event source.</summary>
public static class TopicEventServiceCollectionExtensions
{
    /// <summary>
    /// Registers the in-process <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/> (one shared instance),
    /// unless another implementation (e.g. one backed by the message bus) was registered first.
    /// </summary>
    public static IServiceCollection AddInMemoryTopicEvents(this IServiceCollection services, Action<TopicEventOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TopicEventOptions();
        configure?.Invoke(options);
        options.EnsureValid();
        services.TryAddSingleton(new InMemoryTopicEvents(options));
        services.TryAddSingleton<ITopicEventSender>(static provider => provider.GetRequiredService<InMemoryTopicEvents>());
        services.TryAddSingleton<ITopicEventReceiver>(static provider => provider.GetRequiredService<InMemoryTopicEvents>());
        return services;
    }
}
