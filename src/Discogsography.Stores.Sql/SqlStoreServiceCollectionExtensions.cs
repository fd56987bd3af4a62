using Discogsography.Catalog.Ingestion;
using Discogsography.Stores.Sql.Catalog;
using Discogsography.Stores.Sql.Migrations;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Discogsography.Stores.Sql;

/// <summary>Registers the relational store: database handle, start-up migrations and the stores built on it.</summary>
public static class SqlStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SqlDatabase"/> (options from the <c>Sql</c> section), the schema migrator applied before
    /// any hosted service starts, and <see cref="IDumpTrackingStore"/>. A <see cref="TimeProvider"/> is
    /// registered as <see cref="TimeProvider.System"/> unless one is already present.
    /// </summary>
    public static IServiceCollection AddSqlStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SqlStoreOptions>().Bind(configuration.GetSection(SqlStoreOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqlStoreOptions>, SqlStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SqlStoreOptions>>().Value;
            return SqlDatabase.Create(options.Provider, options.ConnectionString);
        });
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<IDumpTrackingStore, SqlDumpTrackingStore>();
        services.AddHostedService<SchemaMigrationHostedService>();
        return services;
    }

    /// <summary>
    /// Adds the relational catalog on top of <see cref="AddSqlStore"/>: <see cref="SqlCatalogWriter"/> as an
    /// <see cref="ICatalogWriter"/> (one of the enumerable set, and keyed <c>sql</c>) and
    /// <see cref="SqlCatalogStatistics"/> as <see cref="ICatalogStatistics"/> (unless another store registered one first).
    /// </summary>
    public static IServiceCollection AddSqlCatalog(this IServiceCollection services)
    {
        services.TryAddSingleton<SqlCatalogWriter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogWriter, SqlCatalogWriter>(provider => provider.GetRequiredService<SqlCatalogWriter>()));
        services.TryAddKeyedSingleton<ICatalogWriter>(SqlCatalogWriter.Name, (provider, _) => provider.GetRequiredService<SqlCatalogWriter>());
        services.TryAddSingleton<SqlCatalogStatistics>();
        services.TryAddSingleton<ICatalogStatistics>(provider => provider.GetRequiredService<SqlCatalogStatistics>());
        return services;
    }
}
