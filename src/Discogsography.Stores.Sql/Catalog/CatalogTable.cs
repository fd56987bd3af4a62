using NpgsqlTypes;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>A catalog table as the bulk writers see it: its name, the column naming the owning record, and each column's value.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class CatalogTable<T>
{
    public CatalogTable(string name, string ownerColumn, params CatalogColumn<T>[] columns)
    {
        Name = name;
        OwnerColumn = ownerColumn;
        Columns = columns;
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
    }

    public string Name { get; }

    /// <summary>The column holding the id of the record that owns a row (<c>id</c> for the entity tables).</summary>
    public string OwnerColumn { get; }

    public IReadOnlyList<CatalogColumn<T>> Columns { get; }

    /// <summary>The column names, comma separated.</summary>
    public string ColumnList { get; }
}

/// <summary>One column of a <see cref="CatalogTable{T}"/>.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">Its PostgreSQL type, for binary COPY.</param>
/// <param name="Value">Reads the column's value from a row (null for SQL NULL).</param>
internal sealed record CatalogColumn<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);
