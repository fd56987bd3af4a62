namespace Discogsography.Stores.Sql;

/// <summary>The relational database engines the stores run on.</summary>
public enum SqlProvider
{
    /// <summary>SQLite through Microsoft.Data.Sqlite: the embedded mode's single file.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: the full stack.</summary>
    Postgres,
}
