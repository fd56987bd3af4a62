using Discogsography.Catalog.Ingestion;
using Discogsography.Catalog.Records;
using Discogsography.Stores.Sql.Catalog.Entities;

namespace Discogsography.Stores.Sql.Catalog;

internal sealed partial class CatalogBatch
{
    private long AddRelease(ReleaseRecord release, IngestRecord record)
    {
        long id = release.Id;
        int? year = release.Year;
        Releases.Add(new ReleaseRow
        {
            Id = id,
            Title = release.Title,
            Status = release.Status,
            Country = release.Country,
            Released = release.Released,
            Year = year,
            MasterId = release.MasterId is > 0 ? release.MasterId : null,
            IsMainRelease = release.IsMainRelease,
            DataQuality = release.DataQuality,
            IsPlaceholder = false,
            Document = Document(record),
            Sha256 = record.Sha256,
            UpdatedAt = Now,
        });
        Reference(MasterReferences, release.MasterId, null);
        for (int i = 0; i < release.Artists.Count; i++)
        {
            ArtistCredit artist = release.Artists[i];
            ReleaseArtists.Add(new ReleaseArtistRow
            {
                ReleaseId = id,
                Position = Position(i, id),
                ArtistId = artist.Id,
                Name = artist.Name,
                Anv = artist.Anv,
                JoinText = artist.Join,
                Year = year,
            });
            Reference(ArtistReferences, artist.Id, artist.Name);
        }

        for (int i = 0; i < release.Labels.Count; i++)
        {
            CatalogEntry label = release.Labels[i];
            ReleaseLabels.Add(new ReleaseLabelRow
            {
                ReleaseId = id,
                Position = Position(i, id),
                LabelId = label.Id,
                Name = label.Name,
                Catno = label.CatalogNumber,
                Year = year,
            });
            Reference(LabelReferences, label.Id, label.Name);
        }

        AddTags(ReleaseGenres, id, release.Genres, year);
        AddTags(ReleaseStyles, id, release.Styles, year);
        for (int i = 0; i < release.Formats.Count; i++)
        {
            ReleaseFormat format = release.Formats[i];
            ReleaseFormats.Add(new ReleaseFormatRow
            {
                ReleaseId = id,
                Position = Position(i, id),
                Name = format.Name,
                Quantity = format.Quantity,
                Text = format.Text,
                Descriptions = format.Descriptions.Count == 0 ? null : string.Join(", ", format.Descriptions),
            });
        }

        for (int i = 0; i < release.ExtraArtists.Count; i++)
        {
            ArtistCredit credit = release.ExtraArtists[i];
            Credits.Add(new CreditRow
            {
                ReleaseId = id,
                Position = Position(i, id),
                ArtistId = credit.Id,
                Name = credit.Name,
                Anv = credit.Anv,
                Role = credit.Role,
                RoleCategory = CreditRoleCategories.Categorise(credit.Role),
                Tracks = credit.Tracks,
            });
        }

        int ordinal = 0;
        AddTracks(id, release.Tracklist, null, ref ordinal);
        return id;
    }

    private void AddTracks(long releaseId, IReadOnlyList<Track> tracks, short? parent, ref int ordinal)
    {
        foreach (Track track in tracks)
        {
            short own = Position(ordinal++, releaseId);
            Tracks.Add(new TrackRow
            {
                ReleaseId = releaseId,
                Ordinal = own,
                ParentOrdinal = parent,
                Position = track.Position,
                Title = track.Title,
                Duration = track.Duration,
            });
            AddTracks(releaseId, track.SubTracks, own, ref ordinal);
        }
    }
}
