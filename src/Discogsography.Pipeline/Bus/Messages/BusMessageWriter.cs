using System.Buffers;
using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>Encodes the control messages (<c>file_complete</c>, <c>extraction_complete</c>) as UTF-8 JSON.</summary>
public static class BusMessageWriter
{
    /// <summary>The body of a <c>file_complete</c> message.</summary>
    public static byte[] Write(FileCompleteMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Encode(writer =>
        {
            writer.WriteString(MessageFields.Type, MessageFields.TypeFileComplete);
            writer.WriteString(MessageFields.DataType, message.DataType.FileToken());
            writer.WriteString(MessageFields.File, message.File);
            writer.WriteString(MessageFields.FileSha256, message.FileSha256);
            writer.WriteNumber(MessageFields.FileBytes, message.FileBytes);
            writer.WriteNumber(MessageFields.TotalRecords, message.TotalRecords);
            writer.WriteNumber(MessageFields.SkippedRecords, message.SkippedRecords);
            writer.WriteNumber(MessageFields.SkippedByRules, message.SkippedByRules);
            writer.WriteString(MessageFields.Timestamp, message.Timestamp.ToUniversalTime());
        });
    }

    /// <summary>The body of an <c>extraction_complete</c> message.</summary>
    public static byte[] Write(ExtractionCompleteMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Encode(writer =>
        {
            writer.WriteString(MessageFields.Type, MessageFields.TypeExtractionComplete);
            writer.WriteString(MessageFields.Version, message.Version);
            writer.WriteString(MessageFields.StartedAt, message.StartedAt.ToUniversalTime());
            writer.WriteString(MessageFields.Timestamp, message.Timestamp.ToUniversalTime());
            writer.WriteStartObject(MessageFields.RecordCounts);
            foreach (DumpType type in DumpTypeExtensions.All.Where(message.RecordCounts.ContainsKey))
            {
                writer.WriteNumber(type.FileToken(), message.RecordCounts[type]);
            }

            writer.WriteEndObject();
        });
    }

    private static byte[] Encode(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
