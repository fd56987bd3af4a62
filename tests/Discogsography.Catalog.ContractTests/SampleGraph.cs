using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Explore;
using Discogsography.Catalog.Records;
using Discogsography.Tests.Shared;

namespace Discogsography.Catalog.ContractTests;

/// <summary>
/// The real 2020 sample, read with <see cref="DumpReader"/> and parsed into records, with the graph the contracts
/// describe computed here by plain LINQ over the records: the oracle every store is held to.
/// </summary>
public sealed partial class SampleGraph
{
    private SampleGraph(IReadOnlyDictionary<DumpType, List<DumpRecord>> dump)
    {
        Dump = dump;
        Artists = dump[DumpType.Artists].Select(record => CanonicalRecordReader.ReadArtist(record.Json.Span)).ToDictionary(record => record.Id);
        Labels = dump[DumpType.Labels].Select(record => CanonicalRecordReader.ReadLabel(record.Json.Span)).ToDictionary(record => record.Id);
        Masters = dump[DumpType.Masters].Select(record => CanonicalRecordReader.ReadMaster(record.Json.Span)).ToDictionary(record => record.Id);
        Releases = dump[DumpType.Releases].Select(record => CanonicalRecordReader.ReadRelease(record.Json.Span)).ToDictionary(record => record.Id);
        GenreNames = [.. Releases.Values.SelectMany(release => release.Genres).Concat(Masters.Values.SelectMany(master => master.Genres)).Distinct()];
        StyleNames = [.. Releases.Values.SelectMany(release => release.Styles).Concat(Masters.Values.SelectMany(master => master.Styles)).Distinct()];
    }

    /// <summary>The sample's records per type, as the dump reader gives them (canonical JSON + SHA-256).</summary>
    public IReadOnlyDictionary<DumpType, List<DumpRecord>> Dump { get; }

    /// <summary>Artists by id.</summary>
    public IReadOnlyDictionary<long, ArtistRecord> Artists { get; }

    /// <summary>Labels by id.</summary>
    public IReadOnlyDictionary<long, LabelRecord> Labels { get; }

    /// <summary>Masters by id.</summary>
    public IReadOnlyDictionary<long, MasterRecord> Masters { get; }

    /// <summary>Releases by id.</summary>
    public IReadOnlyDictionary<long, ReleaseRecord> Releases { get; }

    /// <summary>Every genre name on a release or master.</summary>
    public IReadOnlyList<string> GenreNames { get; }

    /// <summary>Every style name on a release or master.</summary>
    public IReadOnlyList<string> StyleNames { get; }

    private static readonly Lazy<SampleGraph> Shared = new(() => new SampleGraph(
        Enum.GetValues<DumpType>().ToDictionary(type => type, type => SharedData.ReadAll(type))));

    /// <summary>Whether the shared samples are there (else the contract tests report themselves as not run).</summary>
    public static bool IsAvailable => SharedData.IsAvailable;

    /// <summary>The sample's dump version.</summary>
    public const string Version = SharedData.SampleVersion;

    /// <summary>The sample, read once per test run.</summary>
    public static SampleGraph Load() => Shared.Value;

    /// <summary>The distinct main-artist ids of a release (credits without an artist page left out).</summary>
    public static IEnumerable<long> ArtistIds(ReleaseRecord release) =>
        release.Artists.Where(credit => credit.Id is > 0).Select(credit => credit.Id!.Value).Distinct();

    /// <summary>The distinct label ids of a release.</summary>
    public static IEnumerable<long> LabelIds(ReleaseRecord release) =>
        release.Labels.Where(entry => entry.Id is > 0).Select(entry => entry.Id!.Value).Distinct();

    /// <summary>The releases linked to a node (by, on, is, a master's versions, a release itself).</summary>
    public IEnumerable<ReleaseRecord> ReleasesOf(EntityRef node) => node.Kind switch
    {
        EntityKind.Artist => Releases.Values.Where(release => ArtistIds(release).Contains(node.Id)),
        EntityKind.Label => Releases.Values.Where(release => LabelIds(release).Contains(node.Id)),
        EntityKind.Genre => Releases.Values.Where(release => release.Genres.Contains(node.Name!)),
        EntityKind.Style => Releases.Values.Where(release => release.Styles.Contains(node.Name!)),
        EntityKind.Master => Releases.Values.Where(release => release.MasterId == node.Id),
        _ => Releases.Values.Where(release => release.Id == node.Id),
    };

    /// <summary>Whether the store holds the node (a record of the sample, or a placeholder some record refers to).</summary>
    public bool Exists(EntityRef node) => node.Kind switch
    {
        EntityKind.Genre => GenreNames.Contains(node.Name!),
        EntityKind.Style => StyleNames.Contains(node.Name!),
        EntityKind.Artist => Artists.ContainsKey(node.Id) || ReleasesOf(node).Any(),
        EntityKind.Label => Labels.ContainsKey(node.Id) || ReleasesOf(node).Any(),
        EntityKind.Master => Masters.ContainsKey(node.Id) || ReleasesOf(node).Any(),
        _ => Releases.ContainsKey(node.Id),
    };
}
