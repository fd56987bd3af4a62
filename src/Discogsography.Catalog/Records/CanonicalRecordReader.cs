using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Discogsography.Catalog.Ingestion;

namespace Discogsography.Catalog.Records;

/// <summary>
/// Reads canonical JSON (as <see cref="Hashing.CanonicalJson"/> writes it) back into records, in one forward pass
/// over the UTF-8 bytes. Keys are matched by name, so order does not matter; unknown keys are skipped; a missing
/// list reads as empty and a missing value as null. Malformed input throws <see cref="InvalidRecordException"/>
/// carrying the record's id when it was read before the fault.
/// </summary>
public static partial class CanonicalRecordReader
{
    private static readonly JsonReaderOptions s_options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    private delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Reads an artist.</summary>
    /// <param name="json">The artist's canonical JSON.</param>
    /// <exception cref="InvalidRecordException">The JSON is malformed or has no id.</exception>
    public static ArtistRecord ReadArtist(ReadOnlySpan<byte> json) => Parse(json, "artist", ReadArtistObject);

    /// <summary>Reads a label.</summary>
    /// <param name="json">The label's canonical JSON.</param>
    /// <exception cref="InvalidRecordException">The JSON is malformed or has no id.</exception>
    public static LabelRecord ReadLabel(ReadOnlySpan<byte> json) => Parse(json, "label", ReadLabelObject);

    /// <summary>Reads a master.</summary>
    /// <param name="json">The master's canonical JSON.</param>
    /// <exception cref="InvalidRecordException">The JSON is malformed or has no id.</exception>
    public static MasterRecord ReadMaster(ReadOnlySpan<byte> json) => Parse(json, "master", ReadMasterObject);

    /// <summary>Reads a release.</summary>
    /// <param name="json">The release's canonical JSON.</param>
    /// <exception cref="InvalidRecordException">The JSON is malformed or has no id.</exception>
    public static ReleaseRecord ReadRelease(ReadOnlySpan<byte> json) => Parse(json, "release", ReadReleaseObject);

    private delegate T RecordReader<out T>(ref Utf8JsonReader reader, ref long? id);

    private static T Parse<T>(ReadOnlySpan<byte> json, string kind, RecordReader<T> read)
    {
        long? id = null;
        try
        {
            var reader = new Utf8JsonReader(json, s_options);
            T record = read(ref reader, ref id);
            if (reader.Read())
            {
                ThrowMalformed("unexpected content after the object");
            }

            return record;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidRecordException($"Malformed {kind} JSON: {e.Message}", id, e);
        }
    }

    private static void ReadStartObject(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            ThrowMalformed("an object was expected");
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            ThrowMalformed("the object is not closed");
        }

        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => ThrowMalformed<bool>("a property name was expected"),
        };
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static long RequireId(long? id) => id ?? ThrowMalformed<long>("the record has no id");

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => ThrowMalformed<string>("a string or null was expected"),
        };
    }

    private static string ReadNonNullString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : ThrowMalformed<string>("a string was expected");
    }

    private static long? ReadInt64(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => reader.GetInt64(),
            _ => ThrowMalformed<long?>("a number or null was expected"),
        };
    }

    private static int? ReadInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => reader.GetInt32(),
            _ => ThrowMalformed<int?>("a number or null was expected"),
        };
    }

    private static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => ThrowMalformed<bool?>("true, false or null was expected"),
        };
    }

    /// <summary>Reads an array (null reads as empty), each element with <paramref name="element"/>.</summary>
    private static IReadOnlyList<T> ReadArray<T>(ref Utf8JsonReader reader, ElementReader<T> element)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            ThrowMalformed("an array was expected");
        }

        List<T>? items = null;
        while (true)
        {
            // Peek: element readers consume their own first token, so stop here on the closing bracket.
            Utf8JsonReader peek = reader;
            if (!peek.Read())
            {
                ThrowMalformed("the array is not closed");
            }

            if (peek.TokenType == JsonTokenType.EndArray)
            {
                reader = peek;
                return items is null ? [] : items;
            }

            (items ??= []).Add(element(ref reader));
        }
    }

    private static IReadOnlyList<string> ReadStrings(ref Utf8JsonReader reader) => ReadArray(ref reader, ReadNonNullString);

    private static EntityReference? ReadNullableReference(ref Utf8JsonReader reader)
    {
        Utf8JsonReader peek = reader;
        if (peek.Read() && peek.TokenType == JsonTokenType.Null)
        {
            reader = peek;
            return null;
        }

        return ReadReference(ref reader);
    }

    private static EntityReference ReadReference(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        long? id = null;
        string? name = null;
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
            else
            {
                SkipValue(ref reader);
            }
        }

        return new EntityReference(id, name);
    }

    private static Image ReadImage(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        string? type = null, uri = null, uri150 = null;
        int? width = null, height = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("uri"u8))
            {
                uri = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("uri150"u8))
            {
                uri150 = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("width"u8))
            {
                width = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("height"u8))
            {
                height = ReadInt32(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new Image(type, uri, uri150, width, height);
    }

    private static Video ReadVideo(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        string? source = null, title = null, description = null;
        int? duration = null;
        bool? embed = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("src"u8))
            {
                source = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("duration"u8))
            {
                duration = ReadInt32(ref reader);
            }
            else if (reader.ValueTextEquals("embed"u8))
            {
                embed = ReadBoolean(ref reader);
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                title = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("description"u8))
            {
                description = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new Video(source, duration, embed, title, description);
    }

    private static ArtistCredit ReadCredit(ref Utf8JsonReader reader)
    {
        ReadStartObject(ref reader);
        long? id = null;
        string? name = null, anv = null, join = null, role = null, tracks = null;
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
            else if (reader.ValueTextEquals("anv"u8))
            {
                anv = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("join"u8))
            {
                join = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("role"u8))
            {
                role = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("tracks"u8))
            {
                tracks = ReadString(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new ArtistCredit(id, name, anv, join, role, tracks);
    }

    private static IReadOnlyList<ArtistCredit> ReadCredits(ref Utf8JsonReader reader) => ReadArray(ref reader, ReadCredit);

    [DoesNotReturn]
    private static void ThrowMalformed(string message) => throw new JsonException(message);

    [DoesNotReturn]
    private static T ThrowMalformed<T>(string message) => throw new JsonException(message);
}
