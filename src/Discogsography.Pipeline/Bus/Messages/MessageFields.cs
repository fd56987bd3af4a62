using System.Text.Json;

namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>Property names and <c>type</c> values of the extraction messages (MESSAGES.md), pre-encoded.</summary>
internal static class MessageFields
{
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText DataType = JsonEncodedText.Encode("dataType");
    public static readonly JsonEncodedText Records = JsonEncodedText.Encode("records");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Sha256 = JsonEncodedText.Encode("sha256");
    public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");
    public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    public static readonly JsonEncodedText FileSha256 = JsonEncodedText.Encode("fileSha256");
    public static readonly JsonEncodedText FileBytes = JsonEncodedText.Encode("fileBytes");
    public static readonly JsonEncodedText TotalRecords = JsonEncodedText.Encode("totalRecords");
    public static readonly JsonEncodedText SkippedRecords = JsonEncodedText.Encode("skippedRecords");
    public static readonly JsonEncodedText SkippedByRules = JsonEncodedText.Encode("skippedByRules");
    public static readonly JsonEncodedText Timestamp = JsonEncodedText.Encode("timestamp");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText StartedAt = JsonEncodedText.Encode("startedAt");
    public static readonly JsonEncodedText RecordCounts = JsonEncodedText.Encode("recordCounts");

    public static readonly JsonEncodedText TypeData = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText TypeFileComplete = JsonEncodedText.Encode("file_complete");
    public static readonly JsonEncodedText TypeExtractionComplete = JsonEncodedText.Encode("extraction_complete");
}
