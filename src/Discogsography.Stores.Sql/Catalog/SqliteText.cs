using System.Globalization;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>How the catalog stores timestamps in SQLite: UTC ISO 8601 text with seven fraction digits, so text order is time order.</summary>
internal static class SqliteText
{
    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy'-'MM'-'dd' 'HH':'mm':'ss'.'fffffff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>A parameter value: timestamps as text, null as DBNull.</summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => Timestamp(time),
        _ => value,
    };
}
