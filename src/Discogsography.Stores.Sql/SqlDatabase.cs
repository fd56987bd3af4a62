using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Discogsography.Stores.Sql;

/// <summary>
/// One relational database: its provider and a data source handing out open connections.
/// Built once at start-up from <see cref="SqlStoreOptions"/> and shared by every store.
/// </summary>
public sealed class SqlDatabase : IAsyncDisposable
{
    private SqlDatabase(SqlProvider provider, DbDataSource dataSource)
    {
        Provider = provider;
        DataSource = dataSource;
    }

    /// <summary>The engine behind <see cref="DataSource"/>; stores pick their SQL dialect from it.</summary>
    public SqlProvider Provider { get; }

    /// <summary>The pooled source of connections.</summary>
    public DbDataSource DataSource { get; }

    /// <summary>Creates the database handle for a provider and an ADO.NET connection string.</summary>
    public static SqlDatabase Create(SqlProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        DbDataSource dataSource = provider switch
        {
            SqlProvider.Postgres => NpgsqlDataSource.Create(connectionString),
            SqlProvider.Sqlite => CreateSqliteDataSource(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown SQL provider."),
        };
        return new SqlDatabase(provider, dataSource);
    }

    private static DbDataSource CreateSqliteDataSource(string connectionString)
    {
        // SQLite creates the file but not its folder.
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (builder.Mode != SqliteOpenMode.Memory && path.Length > 0 && path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return SqliteFactory.Instance.CreateDataSource(connectionString);
    }

    /// <summary>Opens a connection; the caller disposes it.</summary>
    public ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        => DataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
