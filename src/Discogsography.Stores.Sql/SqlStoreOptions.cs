namespace Discogsography.Stores.Sql;

/// <summary>Where the relational store lives. Bound from the <c>Sql</c> configuration section.</summary>
public sealed class SqlStoreOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Sql";

    /// <summary>The database engine; SQLite by default (the embedded mode).</summary>
    public SqlProvider Provider { get; set; } = SqlProvider.Sqlite;

    /// <summary>The ADO.NET connection string; by default a SQLite file under <c>./data</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=./data/discogsography.db";

    /// <summary>Whether pending schema migrations are applied when the host starts (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
