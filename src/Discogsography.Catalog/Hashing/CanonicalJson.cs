using System.Buffers;
using System.Text.Json;
using Discogsography.Catalog.Records;

namespace Discogsography.Catalog.Hashing;

/// <summary>
/// Writes records as canonical JSON: camelCase keys in a fixed order, every key always present
/// (null for a missing value, <c>[]</c> for an empty list), numbers as numbers, compact, UTF-8.
/// The same record always gives the same bytes, so <see cref="ContentHash"/> is stable.
/// The shapes are documented in <c>schema/records/*.schema.json</c>.
/// </summary>
public static partial class CanonicalJson
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = CanonicalJsonEncoder.Instance, SkipValidation = true };

    /// <summary>Options for a <see cref="Utf8JsonWriter"/> that writes canonical JSON.</summary>
    public static JsonWriterOptions WriterOptions => s_options;

    /// <summary>The canonical JSON of <paramref name="artist"/>.</summary>
    public static byte[] ToBytes(ArtistRecord artist) => Serialize(artist, Write);

    /// <summary>The canonical JSON of <paramref name="label"/>.</summary>
    public static byte[] ToBytes(LabelRecord label) => Serialize(label, Write);

    /// <summary>The canonical JSON of <paramref name="master"/>.</summary>
    public static byte[] ToBytes(MasterRecord master) => Serialize(master, Write);

    /// <summary>The canonical JSON of <paramref name="release"/>.</summary>
    public static byte[] ToBytes(ReleaseRecord release) => Serialize(release, Write);

    private static byte[] Serialize<T>(T record, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer, record);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is long number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is bool flag)
        {
            writer.WriteBoolean(name, flag);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteReference(Utf8JsonWriter writer, EntityReference reference)
    {
        writer.WriteStartObject();
        WriteNumber(writer, "id", reference.Id);
        writer.WriteString("name", reference.Name);
        writer.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter writer, string name, IReadOnlyList<EntityReference> references)
    {
        writer.WriteStartArray(name);
        foreach (EntityReference reference in references)
        {
            WriteReference(writer, reference);
        }

        writer.WriteEndArray();
    }

    private static void WriteImages(Utf8JsonWriter writer, IReadOnlyList<Image> images)
    {
        writer.WriteStartArray("images");
        foreach (Image image in images)
        {
            writer.WriteStartObject();
            writer.WriteString("type", image.Type);
            writer.WriteString("uri", image.Uri);
            writer.WriteString("uri150", image.Uri150);
            WriteNumber(writer, "width", image.Width);
            WriteNumber(writer, "height", image.Height);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteVideos(Utf8JsonWriter writer, IReadOnlyList<Video> videos)
    {
        writer.WriteStartArray("videos");
        foreach (Video video in videos)
        {
            writer.WriteStartObject();
            writer.WriteString("src", video.Source);
            WriteNumber(writer, "duration", video.Duration);
            WriteBoolean(writer, "embed", video.Embed);
            writer.WriteString("title", video.Title);
            writer.WriteString("description", video.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCredits(Utf8JsonWriter writer, string name, IReadOnlyList<ArtistCredit> credits)
    {
        writer.WriteStartArray(name);
        foreach (ArtistCredit credit in credits)
        {
            writer.WriteStartObject();
            WriteNumber(writer, "id", credit.Id);
            writer.WriteString("name", credit.Name);
            writer.WriteString("anv", credit.Anv);
            writer.WriteString("join", credit.Join);
            writer.WriteString("role", credit.Role);
            writer.WriteString("tracks", credit.Tracks);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
