using Discogsography.Catalog.Explore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>Registers the explore read contracts over the relational catalog.</summary>
public static class SqlExploreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IEntityReader"/>, <see cref="IExploreReader"/>, <see cref="ISearchReader"/>,
    /// <see cref="IPathFinder"/> and <see cref="IGraphOverviewReader"/> over the <c>SqlDatabase</c> that
    /// <c>AddSqlStore</c> registers (SQLite or PostgreSQL).
    /// </summary>
    public static IServiceCollection AddSqlExplore(this IServiceCollection services)
    {
        services.TryAddSingleton<SqlExploreQueries>();
        services.TryAddSingleton<IEntityReader, SqlEntityReader>();
        services.TryAddSingleton<IExploreReader, SqlExploreReader>();
        services.TryAddSingleton<ISearchReader, SqlSearchReader>();
        services.TryAddSingleton<IPathFinder, SqlPathFinder>();
        services.TryAddSingleton<IGraphOverviewReader, SqlGraphOverviewReader>();
        return services;
    }
}
