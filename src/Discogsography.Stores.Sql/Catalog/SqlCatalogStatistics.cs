using System.Data.Common;
using Discogsography.Catalog.Ingestion;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>Counts of the relational catalog for <c>graphStats</c>: records (placeholders excluded) and the genres and styles releases carry.</summary>
public sealed class SqlCatalogStatistics : ICatalogStatistics
{
    private const string CountsSql = """
        SELECT
          (SELECT count(*) FROM artists WHERE is_placeholder = FALSE),
          (SELECT count(*) FROM labels WHERE is_placeholder = FALSE),
          (SELECT count(*) FROM masters WHERE is_placeholder = FALSE),
          (SELECT count(*) FROM releases WHERE is_placeholder = FALSE),
          (SELECT count(*) FROM genres g WHERE EXISTS (SELECT 1 FROM release_genres x WHERE x.genre_id = g.id)),
          (SELECT count(*) FROM styles s WHERE EXISTS (SELECT 1 FROM release_styles x WHERE x.style_id = s.id))
        """;

    private readonly SqlDatabase _database;

    /// <summary>Creates the statistics reader over the shared database handle.</summary>
    public SqlCatalogStatistics(SqlDatabase database) => _database = database;

    /// <inheritdoc />
    public Task<CatalogCounts> GetCountsAsync(CancellationToken cancellationToken) =>
        SqlCatalogWriter.TranslateAsync(
            async () =>
            {
                await using DbConnection connection = await _database.OpenConnectionAsync(cancellationToken);
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = CountsSql;
                await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                return new CatalogCounts(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
            },
            "counting the catalog");
}
