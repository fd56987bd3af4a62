using System.Collections.Concurrent;
using Discogsography.Catalog.Dumps;
using Discogsography.Tests.Shared;

namespace Discogsography.Stores.Neo4j.Tests.Shared;

/// <summary>The real samples, read once per type per test run.</summary>
internal static class SharedDataSamples
{
    private static readonly ConcurrentDictionary<DumpType, List<DumpRecord>> s_records = new();

    public static IReadOnlyList<DumpRecord> Records(DumpType type) => s_records.GetOrAdd(type, t => SharedData.ReadAll(t, out _));
}
