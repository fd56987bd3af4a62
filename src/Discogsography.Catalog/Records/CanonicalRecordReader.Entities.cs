using System.Text.Json;

namespace Discogsography.Catalog.Records;

public static partial class CanonicalRecordReader
{
    private static ArtistRecord ReadArtistObject(ref Utf8JsonReader reader, ref long? id)
    {
        ReadStartObject(ref reader);
        string? name = null, realName = null, profile = null, dataQuality = null;
        IReadOnlyList<string> nameVariations = [], urls = [];
        IReadOnlyList<EntityReference> aliases = [], members = [], groups = [];
        IReadOnlyList<Image> images = [];
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
            else if (reader.ValueTextEquals("realName"u8))
            {
                realName = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("profile"u8))
            {
                profile = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("dataQuality"u8))
            {
                dataQuality = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("nameVariations"u8))
            {
                nameVariations = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                aliases = ReadArray(ref reader, ReadReference);
            }
            else if (reader.ValueTextEquals("members"u8))
            {
                members = ReadArray(ref reader, ReadReference);
            }
            else if (reader.ValueTextEquals("groups"u8))
            {
                groups = ReadArray(ref reader, ReadReference);
            }
            else if (reader.ValueTextEquals("urls"u8))
            {
                urls = ReadStrings(ref reader);
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

        return new ArtistRecord
        {
            Id = RequireId(id),
            Name = name,
            RealName = realName,
            Profile = profile,
            DataQuality = dataQuality,
            NameVariations = nameVariations,
            Aliases = aliases,
            Members = members,
            Groups = groups,
            Urls = urls,
            Images = images,
        };
    }

    private static LabelRecord ReadLabelObject(ref Utf8JsonReader reader, ref long? id)
    {
        ReadStartObject(ref reader);
        string? name = null, contactInfo = null, profile = null, dataQuality = null;
        EntityReference? parentLabel = null;
        IReadOnlyList<EntityReference> sublabels = [];
        IReadOnlyList<string> urls = [];
        IReadOnlyList<Image> images = [];
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
            else if (reader.ValueTextEquals("contactInfo"u8))
            {
                contactInfo = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("profile"u8))
            {
                profile = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("dataQuality"u8))
            {
                dataQuality = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("parentLabel"u8))
            {
                parentLabel = ReadNullableReference(ref reader);
            }
            else if (reader.ValueTextEquals("sublabels"u8))
            {
                sublabels = ReadArray(ref reader, ReadReference);
            }
            else if (reader.ValueTextEquals("urls"u8))
            {
                urls = ReadStrings(ref reader);
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

        return new LabelRecord
        {
            Id = RequireId(id),
            Name = name,
            ContactInfo = contactInfo,
            Profile = profile,
            DataQuality = dataQuality,
            ParentLabel = parentLabel,
            Sublabels = sublabels,
            Urls = urls,
            Images = images,
        };
    }

    private static MasterRecord ReadMasterObject(ref Utf8JsonReader reader, ref long? id)
    {
        ReadStartObject(ref reader);
        string? title = null, notes = null, dataQuality = null;
        int? year = null;
        long? mainRelease = null;
        IReadOnlyList<ArtistCredit> artists = [];
        IReadOnlyList<string> genres = [], styles = [];
        IReadOnlyList<Video> videos = [];
        IReadOnlyList<Image> images = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                title = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("year"u8))
            {
                year = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("mainRelease"u8))
            {
                mainRelease = ReadInt64(ref reader);
            }
            else if (reader.ValueTextEquals("artists"u8))
            {
                artists = ReadCredits(ref reader);
            }
            else if (reader.ValueTextEquals("genres"u8))
            {
                genres = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("styles"u8))
            {
                styles = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("notes"u8))
            {
                notes = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("dataQuality"u8))
            {
                dataQuality = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("videos"u8))
            {
                videos = ReadArray(ref reader, ReadVideo);
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

        return new MasterRecord
        {
            Id = RequireId(id),
            Title = title,
            Year = year,
            MainRelease = mainRelease,
            Artists = artists,
            Genres = genres,
            Styles = styles,
            Notes = notes,
            DataQuality = dataQuality,
            Videos = videos,
            Images = images,
        };
    }
}
