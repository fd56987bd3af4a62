using System.Text.Json;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Hashing;

public static partial class CanonicalJson
{
    /// <summary>Writes the canonical JSON object of <paramref name="artist"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ArtistRecord artist)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(artist);
        writer.WriteStartObject();
        writer.WriteNumber("id", artist.Id);
        writer.WriteString("name", artist.Name);
        writer.WriteString("realName", artist.RealName);
        writer.WriteString("profile", artist.Profile);
        writer.WriteString("dataQuality", artist.DataQuality);
        WriteStrings(writer, "nameVariations", artist.NameVariations);
        WriteReferences(writer, "aliases", artist.Aliases);
        WriteReferences(writer, "members", artist.Members);
        WriteReferences(writer, "groups", artist.Groups);
        WriteStrings(writer, "urls", artist.Urls);
        WriteImages(writer, artist.Images);
        writer.WriteEndObject();
    }

    /// <summary>Writes the canonical JSON object of <paramref name="label"/>.</summary>
    public static void Write(Utf8JsonWriter writer, LabelRecord label)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(label);
        writer.WriteStartObject();
        writer.WriteNumber("id", label.Id);
        writer.WriteString("name", label.Name);
        writer.WriteString("contactInfo", label.ContactInfo);
        writer.WriteString("profile", label.Profile);
        writer.WriteString("dataQuality", label.DataQuality);
        if (label.ParentLabel is { } parent)
        {
            writer.WritePropertyName("parentLabel");
            WriteReference(writer, parent);
        }
        else
        {
            writer.WriteNull("parentLabel");
        }

        WriteReferences(writer, "sublabels", label.Sublabels);
        WriteStrings(writer, "urls", label.Urls);
        WriteImages(writer, label.Images);
        writer.WriteEndObject();
    }

    /// <summary>Writes the canonical JSON object of <paramref name="master"/>.</summary>
    public static void Write(Utf8JsonWriter writer, MasterRecord master)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(master);
        writer.WriteStartObject();
        writer.WriteNumber("id", master.Id);
        writer.WriteString("title", master.Title);
        WriteNumber(writer, "year", master.Year);
        WriteNumber(writer, "mainRelease", master.MainRelease);
        WriteCredits(writer, "artists", master.Artists);
        WriteStrings(writer, "genres", master.Genres);
        WriteStrings(writer, "styles", master.Styles);
        writer.WriteString("notes", master.Notes);
        writer.WriteString("dataQuality", master.DataQuality);
        WriteVideos(writer, master.Videos);
        WriteImages(writer, master.Images);
        writer.WriteEndObject();
    }
}
