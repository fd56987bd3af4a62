namespace Discogsography.Stores.Neo4j.Client;

/// <summary>The rows one statement returned, with values mapped to .NET (see <see cref="TypedJsonReader"/>).</summary>
internal sealed class Neo4jQueryResult
{
    public static Neo4jQueryResult Empty { get; } = new([], [], []);

    public Neo4jQueryResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> rows, IReadOnlyList<string> bookmarks)
    {
        Fields = fields;
        Rows = rows;
        Bookmarks = bookmarks;
    }

    /// <summary>The returned column names, in order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The rows; each holds one value per field.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>The bookmarks of the committed work (empty inside an open transaction).</summary>
    public IReadOnlyList<string> Bookmarks { get; }

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>.</summary>
    /// <exception cref="KeyNotFoundException">The statement returned no such field.</exception>
    public object? Value(int row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return Rows[row][i];
            }
        }

        throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }

    /// <summary>The integer in <paramref name="field"/> of the single row, or 0 when there is no row or the value is null.</summary>
    public long SingleLong(string field) => Rows.Count == 0 ? 0 : Value(0, field) is long value ? value : 0;
}
