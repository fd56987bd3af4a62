using System.Numerics;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// A best-effort, direct-mapped cache of the names read in one parse, so a name repeated nearby (a type
/// used by many fields, <c>id</c> in every selection) allocates its string once. A slot holds the last
/// name hashed to it; a miss only costs the allocation it would have cost anyway, so crafted collisions
/// cannot slow parsing down.
/// </summary>
internal sealed class NameTable
{
    private readonly string?[] _slots;

    /// <summary>Sizes the cache for a source: one slot per ~16 characters, between 32 and 4,096.</summary>
    public NameTable(int sourceLength)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(sourceLength / 16, 32, 4096));
        _slots = new string?[size];
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
