using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Discogsography.GraphQL.Execution;

/// <summary>Writing a result as JSON: errors first, then data, then extensions; maps in selection order.</summary>
public sealed partial class ExecutionResult
{
    /// <summary>Writes the result as one JSON object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (GraphQLError error in Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, Data);
        }

        if (Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as JSON text.</summary>
    public string ToJson(bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one error: message, locations, path, extensions (with <c>code</c> first).</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (ErrorLocation location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is not null)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, error.Path);
        }

        if (error.Code is not null || error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            writer.WriteStartObject();
            if (error.Code is not null)
            {
                writer.WriteString("code", error.Code);
            }

            foreach (KeyValuePair<string, object?> entry in error.Extensions ?? new Dictionary<string, object?>())
            {
                if (entry.Key != "code")
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a completed value: maps, lists and the runtime values scalars serialize to.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (int i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.NameAt(i));
                    WriteValue(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case object?[] items:
                writer.WriteStartArray();
                foreach (object? item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateTimeOffset moment:
                writer.WriteStringValue(moment);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> entry in entries)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (object? item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
