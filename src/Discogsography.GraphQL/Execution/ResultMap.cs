namespace Discogsography.GraphQL.Execution;

/// <summary>
/// One object of the response: response names in selection order with their completed values. Names are shared with the
/// prepared selection, so a map costs one array of values.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _names;
    private readonly object?[] _values;
    private int _count;

    internal ResultMap(string[] names)
    {
        _names = names;
        _values = new object?[names.Length];
        _count = names.Length;
    }

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _names.Take(_count);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Take(_count);

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException(key);

    internal string NameAt(int index) => _names[index];

    internal object? ValueAt(int index) => _values[index];

    internal void Set(int index, object? value) => _values[index] = value;

    /// <summary>Keeps only the first <paramref name="count"/> entries (the rest were never executed).</summary>
    internal void Truncate(int count) => _count = count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => Array.IndexOf(_names, key, 0, _count) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value)
    {
        int index = Array.IndexOf(_names, key, 0, _count);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
