using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.PostImport;
using Discogsography.Stores.Neo4j.Schema;
using Discogsography.Stores.Neo4j.Statistics;
using Discogsography.Stores.Neo4j.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Neo4j;

/// <summary>Registers the Neo4j graph store.</summary>
public static class Neo4jStoreServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client the store uses.</summary>
    public const string HttpClientName = "Neo4j";

    /// <summary>
    /// Adds the Neo4j graph store: <see cref="Neo4jOptions"/> (section <c>Neo4j</c>, then <c>NEO4J_ADDRESS</c>,
    /// <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> for what the section leaves unset;
    /// validated on start), one Query API client, the store's <see cref="ICatalogWriter"/> (added to the writers,
    /// store name <c>neo4j</c>) and its <see cref="ICatalogStatistics"/> (replacing one registered before).
    /// A <see cref="TimeProvider"/> is registered as <see cref="TimeProvider.System"/> unless one is present.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Neo4j</c> section and the seed variables.</param>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .PostConfigure(options => ApplySeedVariables(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient(HttpClientName, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.RequestTimeout);

        // One client for the process, so the bookmarks of every commit reach the next request.
        services.TryAddSingleton(provider => new Neo4jQueryClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<Neo4jOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<Neo4jQueryClient>>()));
        services.TryAddSingleton<Neo4jSchema>();
        services.TryAddSingleton<Neo4jPostImport>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogWriter, Neo4jCatalogWriter>());
        services.TryAddSingleton<Neo4jCatalogStatistics>();
        services.Replace(ServiceDescriptor.Singleton<ICatalogStatistics>(provider => provider.GetRequiredService<Neo4jCatalogStatistics>()));
        return services;
    }

    /// <summary>Fills what the <c>Neo4j</c> section left unset from the seeds' environment names.</summary>
    internal static void ApplySeedVariables(Neo4jOptions options, IConfiguration configuration)
    {
        if (options.Address is null && configuration["NEO4J_ADDRESS"] is { Length: > 0 } address)
        {
            options.Address = HttpAddress(address);
        }

        if (configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Username)}"] is null && configuration["NEO4J_USERNAME"] is { Length: > 0 } username)
        {
            options.Username = username;
        }

        if (options.Password is null && configuration["NEO4J_PASSWORD"] is { Length: > 0 } password)
        {
            options.Password = password;
        }

        if (configuration[$"{Neo4jOptions.SectionName}:{nameof(Neo4jOptions.Database)}"] is null && configuration["NEO4J_DATABASE"] is { Length: > 0 } database)
        {
            options.Database = database;
        }
    }

    /// <summary>
    /// The Query API address for a seed address: <c>http(s)://…</c> as given, <c>host:port</c> as <c>http://host:port</c>,
    /// and a Bolt address (<c>bolt://host:7687</c>, <c>neo4j://host</c>) as the same host on the HTTP port 7474.
    /// </summary>
    internal static Uri HttpAddress(string address)
    {
        if (!address.Contains("://", StringComparison.Ordinal))
        {
            return new Uri("http://" + address);
        }

        var uri = new Uri(address);
        return uri.Scheme is "bolt" or "neo4j" or "bolt+s" or "neo4j+s"
            ? new UriBuilder(uri.Scheme.EndsWith("+s", StringComparison.Ordinal) ? "https" : "http", uri.Host, 7474).Uri
            : uri;
    }
}
