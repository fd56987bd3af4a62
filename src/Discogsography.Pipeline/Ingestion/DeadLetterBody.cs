using System.Buffers;
using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>The body of a dead-lettered record: a <c>data</c> message holding that record alone, so it can be replayed as it is.</summary>
internal static class DeadLetterBody
{
    /// <summary>A <c>data</c> message with one record, its JSON copied byte for byte.</summary>
    public static byte[] Data(DumpType type, IngestRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(record.Json.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "data");
            writer.WriteString("dataType", type.FileToken());
            writer.WriteStartArray("records");
            writer.WriteStartObject();
            writer.WriteNumber("id", record.Id);
            writer.WriteString("sha256", record.Sha256);
            writer.WritePropertyName("record");
            if (record.Json.IsEmpty)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(record.Json.Span, skipInputValidation: true);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
