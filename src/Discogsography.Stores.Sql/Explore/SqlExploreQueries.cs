using System.Data.Common;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>Runs explore queries on one <see cref="SqlDatabase"/>: open, command, read rows.</summary>
internal sealed class SqlExploreQueries(SqlDatabase database)
{
    /// <summary>Whether the database is PostgreSQL (else SQLite).</summary>
    public bool IsPostgres { get; } = database.Provider == SqlProvider.Postgres;

    /// <summary>The boolean literal for true in the database's dialect.</summary>
    public string True => IsPostgres ? "TRUE" : "1";

    /// <summary>The boolean literal for false in the database's dialect.</summary>
    public string False => IsPostgres ? "FALSE" : "0";

    /// <summary>The collation clause that orders text by code point in the database's dialect.</summary>
    public string Ordinal => IsPostgres ? " COLLATE \"C\"" : string.Empty;

    /// <summary>Runs a query and maps each row.</summary>
    public async Task<List<T>> ListAsync<T>(
        Func<DbCommand, string> build, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = build(command);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
