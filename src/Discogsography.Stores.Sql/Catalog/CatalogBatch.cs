using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Sql.Catalog.Entities;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// The rows one batch of records turns into, before any database work: the entity rows, the link rows they own,
/// the genre/style names to resolve and the placeholders their references need. Parsing happens here, so a bad
/// record fails the batch before anything is written.
/// </summary>
internal sealed partial class CatalogBatch
{
    private CatalogBatch(DumpType type, DateTimeOffset now)
    {
        Type = type;
        Now = now;
    }

    public DumpType Type { get; }

    public DateTimeOffset Now { get; }

    /// <summary>Every record of the batch by id (the last one wins), with its hash.</summary>
    public Dictionary<long, IngestRecord> Records { get; } = [];

    public List<ArtistRow> Artists { get; } = [];

    public List<ArtistAliasRow> ArtistAliases { get; } = [];

    public List<ArtistMemberRow> ArtistMembers { get; } = [];

    public List<ArtistGroupRow> ArtistGroups { get; } = [];

    public List<LabelRow> Labels { get; } = [];

    public List<LabelSublabelRow> LabelSublabels { get; } = [];

    public List<MasterRow> Masters { get; } = [];

    public List<MasterArtistRow> MasterArtists { get; } = [];

    public List<TagLink> MasterGenres { get; } = [];

    public List<TagLink> MasterStyles { get; } = [];

    public List<ReleaseRow> Releases { get; } = [];

    public List<ReleaseArtistRow> ReleaseArtists { get; } = [];

    public List<ReleaseLabelRow> ReleaseLabels { get; } = [];

    public List<TagLink> ReleaseGenres { get; } = [];

    public List<TagLink> ReleaseStyles { get; } = [];

    public List<ReleaseFormatRow> ReleaseFormats { get; } = [];

    public List<CreditRow> Credits { get; } = [];

    public List<TrackRow> Tracks { get; } = [];

    /// <summary>Artists referenced by id → the name they were referenced by (the first seen).</summary>
    public SortedDictionary<long, string?> ArtistReferences { get; } = [];

    public SortedDictionary<long, string?> LabelReferences { get; } = [];

    public SortedDictionary<long, string?> MasterReferences { get; } = [];

    /// <summary>The ids of the batch's records, ascending.</summary>
    public long[] Ids => [.. Records.Keys.Order()];

    /// <summary>Parses every record (the last of a repeated id wins) into rows.</summary>
    /// <exception cref="InvalidRecordException">A record is malformed or its JSON id differs from its message id.</exception>
    public static CatalogBatch Parse(DumpType type, IReadOnlyList<IngestRecord> records, DateTimeOffset now)
    {
        var batch = new CatalogBatch(type, now);
        foreach (IngestRecord record in records)
        {
            batch.Records[record.Id] = record;
        }

        foreach (IngestRecord record in batch.Records.Values.OrderBy(r => r.Id))
        {
            batch.Add(record);
        }

        return batch;
    }

    /// <summary>Drops the rows of records the store already holds unchanged; their references stay (placeholders are idempotent).</summary>
    public void RemoveUnchanged(IReadOnlySet<long> unchanged)
    {
        if (unchanged.Count == 0)
        {
            return;
        }

        foreach (long id in unchanged)
        {
            Records.Remove(id);
        }

        Artists.RemoveAll(r => unchanged.Contains(r.Id));
        ArtistAliases.RemoveAll(r => unchanged.Contains(r.ArtistId));
        ArtistMembers.RemoveAll(r => unchanged.Contains(r.GroupId));
        ArtistGroups.RemoveAll(r => unchanged.Contains(r.ArtistId));
        Labels.RemoveAll(r => unchanged.Contains(r.Id));
        LabelSublabels.RemoveAll(r => unchanged.Contains(r.LabelId));
        Masters.RemoveAll(r => unchanged.Contains(r.Id));
        MasterArtists.RemoveAll(r => unchanged.Contains(r.MasterId));
        MasterGenres.RemoveAll(r => unchanged.Contains(r.OwnerId));
        MasterStyles.RemoveAll(r => unchanged.Contains(r.OwnerId));
        Releases.RemoveAll(r => unchanged.Contains(r.Id));
        ReleaseArtists.RemoveAll(r => unchanged.Contains(r.ReleaseId));
        ReleaseLabels.RemoveAll(r => unchanged.Contains(r.ReleaseId));
        ReleaseGenres.RemoveAll(r => unchanged.Contains(r.OwnerId));
        ReleaseStyles.RemoveAll(r => unchanged.Contains(r.OwnerId));
        ReleaseFormats.RemoveAll(r => unchanged.Contains(r.ReleaseId));
        Credits.RemoveAll(r => unchanged.Contains(r.ReleaseId));
        Tracks.RemoveAll(r => unchanged.Contains(r.ReleaseId));
    }

    private void Add(IngestRecord record)
    {
        ReadOnlySpan<byte> json = record.Json.Span;
        long id = Type switch
        {
            DumpType.Artists => AddArtist(CanonicalRecordReader.ReadArtist(json), record),
            DumpType.Labels => AddLabel(CanonicalRecordReader.ReadLabel(json), record),
            DumpType.Masters => AddMaster(CanonicalRecordReader.ReadMaster(json), record),
            DumpType.Releases => AddRelease(CanonicalRecordReader.ReadRelease(json), record),
            _ => throw new ArgumentOutOfRangeException(nameof(record), Type, "Unknown dump type."),
        };
        if (id != record.Id)
        {
            throw new InvalidRecordException($"The record's JSON has id {id}, its message id {record.Id}.", record.Id);
        }
    }

    private long AddArtist(ArtistRecord artist, IngestRecord record)
    {
        Artists.Add(new ArtistRow
        {
            Id = artist.Id,
            Name = artist.Name,
            RealName = artist.RealName,
            DataQuality = artist.DataQuality,
            IsPlaceholder = false,
            Document = Document(record),
            Sha256 = record.Sha256,
            UpdatedAt = Now,
        });
        for (int i = 0; i < artist.Aliases.Count; i++)
        {
            EntityReference alias = artist.Aliases[i];
            ArtistAliases.Add(new ArtistAliasRow { ArtistId = artist.Id, Position = Position(i, artist.Id), AliasId = alias.Id, Name = alias.Name });
            Reference(ArtistReferences, alias.Id, alias.Name);
        }

        for (int i = 0; i < artist.Members.Count; i++)
        {
            EntityReference member = artist.Members[i];
            ArtistMembers.Add(new ArtistMemberRow { GroupId = artist.Id, Position = Position(i, artist.Id), MemberId = member.Id, Name = member.Name });
            Reference(ArtistReferences, member.Id, member.Name);
        }

        for (int i = 0; i < artist.Groups.Count; i++)
        {
            EntityReference group = artist.Groups[i];
            ArtistGroups.Add(new ArtistGroupRow { ArtistId = artist.Id, Position = Position(i, artist.Id), GroupId = group.Id, Name = group.Name });
            Reference(ArtistReferences, group.Id, group.Name);
        }

        return artist.Id;
    }

    private long AddLabel(LabelRecord label, IngestRecord record)
    {
        Labels.Add(new LabelRow
        {
            Id = label.Id,
            Name = label.Name,
            ParentLabelId = label.ParentLabel?.Id,
            ParentLabelName = label.ParentLabel?.Name,
            DataQuality = label.DataQuality,
            IsPlaceholder = false,
            Document = Document(record),
            Sha256 = record.Sha256,
            UpdatedAt = Now,
        });
        Reference(LabelReferences, label.ParentLabel?.Id, label.ParentLabel?.Name);
        for (int i = 0; i < label.Sublabels.Count; i++)
        {
            EntityReference sublabel = label.Sublabels[i];
            LabelSublabels.Add(new LabelSublabelRow { LabelId = label.Id, Position = Position(i, label.Id), SublabelId = sublabel.Id, Name = sublabel.Name });
            Reference(LabelReferences, sublabel.Id, sublabel.Name);
        }

        return label.Id;
    }

    private long AddMaster(MasterRecord master, IngestRecord record)
    {
        Masters.Add(new MasterRow
        {
            Id = master.Id,
            Title = master.Title,
            Year = master.Year,
            MainReleaseId = master.MainRelease,
            DataQuality = master.DataQuality,
            IsPlaceholder = false,
            Document = Document(record),
            Sha256 = record.Sha256,
            UpdatedAt = Now,
        });
        for (int i = 0; i < master.Artists.Count; i++)
        {
            ArtistCredit artist = master.Artists[i];
            MasterArtists.Add(new MasterArtistRow
            {
                MasterId = master.Id,
                Position = Position(i, master.Id),
                ArtistId = artist.Id,
                Name = artist.Name,
                Anv = artist.Anv,
                JoinText = artist.Join,
            });
            Reference(ArtistReferences, artist.Id, artist.Name);
        }

        AddTags(MasterGenres, master.Id, master.Genres, null);
        AddTags(MasterStyles, master.Id, master.Styles, null);
        return master.Id;
    }

    private static void AddTags(List<TagLink> links, long ownerId, IReadOnlyList<string> names, int? year)
    {
        // A record may repeat a genre or style; the link is one row.
        for (int i = 0; i < names.Count; i++)
        {
            if (!string.IsNullOrEmpty(names[i]) && !Contains(names, i))
            {
                links.Add(new TagLink(ownerId, names[i], year));
            }
        }

        static bool Contains(IReadOnlyList<string> names, int before)
        {
            for (int j = 0; j < before; j++)
            {
                if (string.Equals(names[j], names[before], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void Reference(SortedDictionary<long, string?> references, long? id, string? name)
    {
        if (id is long value && value > 0)
        {
            references.TryAdd(value, name);
        }
    }

    private static string Document(IngestRecord record) => System.Text.Encoding.UTF8.GetString(record.Json.Span);

    private static short Position(int index, long recordId) =>
        index <= short.MaxValue ? (short)index : throw new InvalidRecordException($"Record {recordId} has more than {short.MaxValue} entries in one list.", recordId);
}
