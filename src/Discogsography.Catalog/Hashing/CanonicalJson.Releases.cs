using System.Text.Json;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Hashing;

public static partial class CanonicalJson
{
    /// <summary>Writes the canonical JSON object of <paramref name="release"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ReleaseRecord release)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(release);
        writer.WriteStartObject();
        writer.WriteNumber("id", release.Id);
        writer.WriteString("status", release.Status);
        writer.WriteString("title", release.Title);
        writer.WriteString("country", release.Country);
        writer.WriteString("released", release.Released);
        WriteNumber(writer, "year", release.Year);
        WriteNumber(writer, "masterId", release.MasterId);
        WriteBoolean(writer, "isMainRelease", release.IsMainRelease);
        writer.WriteString("notes", release.Notes);
        writer.WriteString("dataQuality", release.DataQuality);
        WriteCredits(writer, "artists", release.Artists);
        WriteCredits(writer, "extraArtists", release.ExtraArtists);
        WriteCatalogEntries(writer, "labels", release.Labels);
        WriteCatalogEntries(writer, "series", release.Series);
        WriteFormats(writer, release.Formats);
        WriteStrings(writer, "genres", release.Genres);
        WriteStrings(writer, "styles", release.Styles);
        WriteTracks(writer, "tracklist", release.Tracklist);
        WriteIdentifiers(writer, release.Identifiers);
        WriteVideos(writer, release.Videos);
        WriteCompanies(writer, release.Companies);
        WriteImages(writer, release.Images);
        writer.WriteEndObject();
    }

    private static void WriteCatalogEntries(Utf8JsonWriter writer, string name, IReadOnlyList<CatalogEntry> entries)
    {
        writer.WriteStartArray(name);
        foreach (CatalogEntry entry in entries)
        {
            writer.WriteStartObject();
            WriteNumber(writer, "id", entry.Id);
            writer.WriteString("name", entry.Name);
            writer.WriteString("catno", entry.CatalogNumber);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFormats(Utf8JsonWriter writer, IReadOnlyList<ReleaseFormat> formats)
    {
        writer.WriteStartArray("formats");
        foreach (ReleaseFormat format in formats)
        {
            writer.WriteStartObject();
            writer.WriteString("name", format.Name);
            WriteNumber(writer, "qty", format.Quantity);
            writer.WriteString("text", format.Text);
            WriteStrings(writer, "descriptions", format.Descriptions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTracks(Utf8JsonWriter writer, string name, IReadOnlyList<Track> tracks)
    {
        writer.WriteStartArray(name);
        foreach (Track track in tracks)
        {
            writer.WriteStartObject();
            writer.WriteString("position", track.Position);
            writer.WriteString("title", track.Title);
            writer.WriteString("duration", track.Duration);
            WriteCredits(writer, "artists", track.Artists);
            WriteCredits(writer, "extraArtists", track.ExtraArtists);
            WriteTracks(writer, "subTracks", track.SubTracks);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIdentifiers(Utf8JsonWriter writer, IReadOnlyList<Identifier> identifiers)
    {
        writer.WriteStartArray("identifiers");
        foreach (Identifier identifier in identifiers)
        {
            writer.WriteStartObject();
            writer.WriteString("type", identifier.Type);
            writer.WriteString("description", identifier.Description);
            writer.WriteString("value", identifier.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCompanies(Utf8JsonWriter writer, IReadOnlyList<Company> companies)
    {
        writer.WriteStartArray("companies");
        foreach (Company company in companies)
        {
            writer.WriteStartObject();
            WriteNumber(writer, "id", company.Id);
            writer.WriteString("name", company.Name);
            writer.WriteString("catno", company.CatalogNumber);
            WriteNumber(writer, "entityType", company.EntityType);
            writer.WriteString("entityTypeName", company.EntityTypeName);
            writer.WriteString("resourceUrl", company.ResourceUrl);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
