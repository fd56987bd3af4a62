using System.Text.Json;

namespace Discogsography.Catalog.Records;

public static partial class CanonicalRecordReader
{
    private static ReleaseRecord ReadReleaseObject(ref Utf8JsonReader reader, ref long? id)
    {
        ReadStartObject(ref reader);
        string? status = null, title = null, country = null, released = null, notes = null, dataQuality = null;
        int? year = null;
        long? masterId = null;
        bool? isMainRelease = null;
        IReadOnlyList<ArtistCredit> artists = [], extraArtists = [];
        IReadOnlyList<CatalogEntry> labels = [], series = [];
        IReadOnlyList<ReleaseFormat> formats = [];
        IReadOnlyList<string> genres = [], styles = [];
        IReadOnlyList<Track> tracklist = [];
        IReadOnlyList<Identifier> identifiers = [];
        IReadOnlyList<Video> videos = [];
        IReadOnlyList<Company> companies = [];
        IReadOnlyList<Image> images = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                title = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                country = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("released"u8))
            {
                released = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("year"u8))
            {
                year = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("masterId"u8))
            {
                masterId = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("isMainRelease"u8))
            {
                isMainRelease = ReadBoolean(ref reader);
            }
            else if (reader.ValueTextEquals("notes"u8))
            {
                notes = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("dataQuality"u8))
            {
                dataQuality = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("artists"u8))
            {
                artists = ReadCredits(ref reader);
            }
            else if (reader.ValueTextEquals("extraArtists"u8))
            {
                extraArtists = ReadCredits(ref reader);
            }
            else if (reader.ValueTextEquals("labels"u8))
            {
                labels = ReadArray(ref reader, ReadCatalogEntry);
            }
            else if (reader.ValueTextEquals("series"u8))
            {
                series = ReadArray(ref reader, ReadCatalogEntry);
            }
            else if (reader.ValueTextEquals("formats"u8))
            {
                formats = ReadArray(ref reader, ReadFormat);
            }
            else if (reader.ValueTextEquals("genres"u8))
            {
                genres = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("styles"u8))
            {
                styles = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("tracklist"u8))
            {
                tracklist = ReadArray(ref reader, ReadTrack);
            }
            else if (reader.ValueTextEquals("identifiers"u8))
            {
                identifiers = ReadArray(ref reader, ReadIdentifier);
            }
            else if (reader.ValueTextEquals("videos"u8))
            {
                videos = ReadArray(ref reader, ReadVideo);
            }
            else if (reader.ValueTextEquals("companies"u8))
            {
                companies = ReadArray(ref reader, ReadCompany);
            }
            else if (reader.ValueTextEquals("images"u8))
            {
                images = ReadArray(ref reader, ReadImage);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ReleaseRecord
        {
            Id = RequireId(id),
            Status = status,
            Title = title,
            Country = country,
            Released = released,
            Year = year,
            MasterId = masterId,
            IsMainRelease = isMainRelease,
            Notes = notes,
            DataQuality = dataQuality,
            Artists = artists,
            ExtraArtists = extraArtists,
            Labels = labels,
            Series = series,
            Formats = formats,
            Genres = genres,
            Styles = styles,
            Tracklist = tracklist,
            Identifiers = identifiers,
            Videos = videos,
            Companies = companies,
            Images = images,
        };
    }

    private static CatalogEntry ReadCatalogEntry(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        long? id = null;
        string? name = null, catalogNumber = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("catno"u8))
            {
                catalogNumber = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new CatalogEntry(id, name, catalogNumber);
    }

    private static ReleaseFormat ReadFormat(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        string? name = null, text = null;
        int? quantity = null;
        IReadOnlyList<string> descriptions = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("qty"u8))
            {
                quantity = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                text = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("descriptions"u8))
            {
                descriptions = ReadStrings(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ReleaseFormat(name, quantity, text, descriptions);
    }

    private static Track ReadTrack(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        string? position = null, title = null, duration = null;
        IReadOnlyList<ArtistCredit> artists = [], extraArtists = [];
        IReadOnlyList<Track> subTracks = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("position"u8))
            {
                position = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                title = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("duration"u8))
            {
                duration = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("artists"u8))
            {
                artists = ReadCredits(ref reader);
            }
            else if (reader.ValueTextEquals("extraArtists"u8))
            {
                extraArtists = ReadCredits(ref reader);
            }
            else if (reader.ValueTextEquals("subTracks"u8))
            {
                subTracks = ReadArray(ref reader, ReadTrack);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new Track { Position = position, Title = title, Duration = duration, Artists = artists, ExtraArtists = extraArtists, SubTracks = subTracks };
    }

    private static Identifier ReadIdentifier(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        string? type = null, description = null, value = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("description"u8))
            {
                description = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                value = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new Identifier(type, description, value);
    }

    private static Company ReadCompany(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        long? id = null;
        string? name = null, catalogNumber = null, entityTypeName = null, resourceUrl = null;
        int? entityType = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("catno"u8))
            {
                catalogNumber = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("entityType"u8))
            {
                entityType = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("entityTypeName"u8))
            {
                entityTypeName = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("resourceUrl"u8))
            {
                resourceUrl = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new Company(id, name, catalogNumber, entityType, entityTypeName, resourceUrl);
    }
}
