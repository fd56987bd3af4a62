using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>
/// Decodes an extraction message body. Data records come back as slices of the body (their bytes exactly as
/// published); unknown properties are ignored, so the contract can grow.
/// </summary>
public static class BusMessageReader
{
    /// <summary>Decodes a body.</summary>
    /// <param name="body">The UTF-8 JSON body; data records keep referring to it.</param>
    /// <exception cref="FormatException">The body is not a well-formed extraction message.</exception>
    public static BusMessage Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            if (PeekType(body.Span) == "data")
            {
                return ReadData(body);
            }

            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            string? type = root.TryGetProperty("type", out JsonElement t) ? t.GetString() : null;
            return type switch
            {
                "file_complete" => new FileCompleteMessage(
                    ParseType(root),
                    root.GetProperty("file").GetString() ?? "",
                    root.GetProperty("fileSha256").GetString() ?? "",
                    root.GetProperty("fileBytes").GetInt64(),
                    root.GetProperty("totalRecords").GetInt64(),
                    root.GetProperty("skippedRecords").GetInt64(),
                    root.GetProperty("skippedByRules").GetInt64(),
                    root.GetProperty("timestamp").GetDateTimeOffset()),
                "extraction_complete" => new ExtractionCompleteMessage(
                    root.GetProperty("version").GetString() ?? "",
                    root.GetProperty("startedAt").GetDateTimeOffset(),
                    root.GetProperty("timestamp").GetDateTimeOffset(),
                    root.GetProperty("recordCounts").EnumerateObject().ToDictionary(p => ParseToken(p.Name), p => p.Value.GetInt64())),
                _ => throw new FormatException($"Unknown message type '{type}'."),
            };
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("The body is not a well-formed extraction message.", exception);
        }
    }

    private static string? PeekType(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("A message is a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }

    private static DataBatchMessage ReadData(ReadOnlyMemory<byte> body)
    {
        var records = new List<DataRecordEntry>();
        string? dataType = null;
        var reader = new Utf8JsonReader(body.Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("dataType"u8))
            {
                reader.Read();
                dataType = reader.GetString();
            }
            else if (reader.ValueTextEquals("records"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    records.Add(ReadEntry(body, ref reader));
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new DataBatchMessage(ParseToken(dataType ?? ""), records);
    }

    private static DataRecordEntry ReadEntry(ReadOnlyMemory<byte> body, ref Utf8JsonReader reader)
    {
        long id = 0;
        string sha256 = "";
        ReadOnlyMemory<byte> record = ReadOnlyMemory<byte>.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("sha256"u8))
            {
                reader.Read();
                sha256 = reader.GetString() ?? "";
            }
            else if (reader.ValueTextEquals("record"u8))
            {
                reader.Read();
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                record = body[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new DataRecordEntry(id, sha256, record);
    }

    private static DumpType ParseType(JsonElement root) => ParseToken(root.GetProperty("dataType").GetString() ?? "");

    private static DumpType ParseToken(string token) =>
        DumpTypeExtensions.TryParseToken(token, out DumpType type) ? type : throw new FormatException($"Unknown data type '{token}'.");
}
