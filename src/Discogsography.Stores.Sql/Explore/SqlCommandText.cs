using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>Small helpers for the explore queries: parameters, expanded <c>IN</c> lists, typed reads.</summary>
internal static class SqlCommandText
{
    /// <summary>Adds a named parameter (null becomes <see cref="DBNull"/>).</summary>
    public static void Add(DbCommand command, string name, object? value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Adds one parameter per value (<c>@prefix0</c>, <c>@prefix1</c>, ...) and returns the list text for <c>IN (...)</c>.</summary>
    public static string AddList<T>(DbCommand command, string prefix, IEnumerable<T> values)
    {
        var text = new StringBuilder();
        int index = 0;
        foreach (T value in values)
        {
            string name = prefix + index.ToString(CultureInfo.InvariantCulture);
            Add(command, name, value);
            text.Append(index == 0 ? "@" : ", @").Append(name);
            index++;
        }

        // An empty IN list is a syntax error; a NULL never matches.
        return index == 0 ? "NULL" : text.ToString();
    }

    /// <summary>Reads a 64-bit integer column (SQLite and PostgreSQL return different widths).</summary>
    public static long Int64(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Reads a nullable 64-bit integer column.</summary>
    public static long? NullableInt64(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Int64(reader, ordinal);

    /// <summary>Reads a nullable 32-bit integer column.</summary>
    public static int? NullableInt32(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (int)Int64(reader, ordinal);

    /// <summary>Reads a nullable text column.</summary>
    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Reads a boolean column (SQLite stores 0/1).</summary>
    public static bool Boolean(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        bool flag => flag,
        object value => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };
}
