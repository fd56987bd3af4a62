using System.Text;

namespace Discogsography.Catalog.Dumps.Xml;

/// <summary>Turns element and attribute names (UTF-8 bytes) into shared strings, so a name is allocated once per file.</summary>
internal sealed class ElementNameCache
{
    private const int BucketCount = 512;
    private readonly (byte[] Bytes, string Name)[]?[] _buckets = new (byte[], string)[]?[BucketCount];

    public string Get(ReadOnlySpan<byte> name)
    {
        int bucket = (name.Length * 31 + (name.IsEmpty ? 0 : name[0] * 7 + name[^1])) & (BucketCount - 1);
        (byte[] Bytes, string Name)[]? entries = _buckets[bucket];
        if (entries is not null)
        {
            foreach ((byte[] bytes, string cached) in entries)
            {
                if (name.SequenceEqual(bytes))
                {
                    return cached;
                }
            }
        }

        string text = Encoding.UTF8.GetString(name);
        if (entries is null || entries.Length < 8)
        {
            _buckets[bucket] = [.. entries ?? [], (name.ToArray(), text)];
        }

        return text;
    }
}
