using System.Text.Json;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Hashing;

namespace Discogsography.Catalog.DataQuality;

/// <summary>
/// Writes findings as JSON Lines to one file per dump month
/// (<c>&lt;directory&gt;/data-quality-&lt;YYYYMMDD&gt;.jsonl</c>), one line per finding:
/// <c>{"type","id","ordinal","rule","action","severity","field","value","timestamp"}</c>. Thread-safe.
/// </summary>
public sealed class DataQualityReportWriter : IDataQualityReportSink, IDisposable
{
    private readonly Lock _lock = new();
    private readonly Utf8JsonWriter _json;
    private readonly FileStream _file;
    private readonly TimeProvider _clock;

    /// <summary>Opens (appending) the report of dump <paramref name="version"/> in <paramref name="directory"/>.</summary>
    public DataQualityReportWriter(string directory, string version, TimeProvider clock)
    {
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, $"data-quality-{version}.jsonl");
        _file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        _json = new Utf8JsonWriter(_file, new JsonWriterOptions { Encoder = CanonicalJsonEncoder.Instance, SkipValidation = true });
        _clock = clock;
    }

    /// <summary>The report file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public void Write(DataQualityFinding finding)
    {
        lock (_lock)
        {
            _json.WriteStartObject();
            _json.WriteString("type", finding.Type.FileToken());
            _json.WriteNumber("id", finding.Id);
            _json.WriteNumber("ordinal", finding.Ordinal);
            _json.WriteString("rule", finding.Rule);
            _json.WriteString("action", finding.Action.ToString().ToLowerInvariant());
            _json.WriteString("severity", finding.Severity);
            _json.WriteString("field", finding.Field);
            _json.WriteString("value", finding.Value);
            _json.WriteString("timestamp", _clock.GetUtcNow());
            _json.WriteEndObject();
            _json.Flush();
            _json.Reset();
            _file.WriteByte((byte)'\n');
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _json.Dispose();
            _file.Dispose();
        }
    }
}
