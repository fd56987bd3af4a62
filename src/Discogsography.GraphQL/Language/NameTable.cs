using System.Numerics;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// A best-effort, direct-mapped cache of names, so a name repeated nearby (a type used by many fields,
/// <c>id</c> in every selection) allocates its string once. A slot holds the last name hashed to it; a miss
/// only costs the allocation it would have cost anyway, so crafted collisions cannot slow parsing down.
/// Requests are small and repeat the same names, so documents of up to 8 KB share one table per thread
/// (strings are immutable, so trees may share them); a larger document, usually a schema read once, gets
/// a table of its own.
/// </summary>
internal sealed class NameTable
{
    private const int SharedSlots = 512;

    [ThreadStatic]
    private static NameTable? t_shared;

    private readonly string?[] _slots;

    private NameTable(int size)
    {
        _slots = new string?[size];
    }

    /// <summary>
    /// A table for a source of the given length: one slot per ~16 characters, between 32 and 4,096; the
    /// calling thread's shared table when that is at most 512. Parsing never calls out of the parser, so a
    /// thread's shared table serves one parse at a time.
    /// </summary>
    public static NameTable ForSource(int sourceLength)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(sourceLength / 16, 32, 4096));
        return size <= SharedSlots ? t_shared ??= new NameTable(SharedSlots) : new NameTable(size);
    }

    /// <summary>The string for a name: the cached instance when the same name was seen last in its slot.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return string.Empty;
        }

        var hash = (uint)name.Length;
        hash = (hash * 31) + name[0];
        hash = (hash * 31) + name[^1];
        hash = (hash * 31) + name[name.Length >> 1];
        hash ^= hash >> 7;
        ref var slot = ref _slots[hash & (uint)(_slots.Length - 1)];
        if (slot is not null && name.SequenceEqual(slot))
        {
            return slot;
        }

        return slot = name.ToString();
    }
}
