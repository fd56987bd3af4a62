namespace Discogsography.Catalog.Samples;

/// <summary>
/// A small seeded generator (SplitMix64) whose sequence is fixed by this code alone, so a seed gives the same
/// dump on every machine and .NET version.
/// </summary>
internal sealed class SampleRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A well-mixed 64-bit value derived from <paramref name="value"/> (the SplitMix64 finaliser).</summary>
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
