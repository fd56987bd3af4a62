namespace Discogsography.GraphQL.Language;

/// <summary>Gives one string instance per distinct name within a parse, so repeated names allocate once.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable()
    {
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The string for a name, created on first sight.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        if (_lookup.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var created = name.ToString();
        _names.Add(created, created);
        return created;
    }
}
