using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>
/// Reads and writes state markers as JSON files in one directory. A write goes to a temporary file that is
/// flushed to disk and then renamed over the marker, so a crash leaves either the old or the new marker.
/// An unreadable marker is renamed to <c>*.corrupt</c> and treated as absent.
/// </summary>
/// <param name="directory">Where the markers live.</param>
/// <param name="logger">Logs discarded markers.</param>
internal sealed class MarkerStore(string directory, ILogger logger)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The marker path of a dump file: <c>.&lt;file&gt;.publish.json</c>.</summary>
    public string FileMarkerPath(string fileName) => Path.Combine(directory, $".{fileName}.publish.json");

    /// <summary>The marker path of a dump version: <c>.discogs_&lt;version&gt;_publish.json</c>.</summary>
    public string VersionMarkerPath(string version) => Path.Combine(directory, $".discogs_{version}_publish.json");

    /// <summary>Loads a marker; null when it is missing or unreadable.</summary>
    public T? Load<T>(string path)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException exception)
        {
            Log.MarkerCorrupt(logger, path, exception);
            File.Move(path, path + ".corrupt", overwrite: true);
            return null;
        }
    }

    /// <summary>Writes a marker atomically: temporary file, flush to disk, rename.</summary>
    public void Save<T>(string path, T marker)
    {
        Directory.CreateDirectory(directory);
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
        {
            JsonSerializer.Serialize(stream, marker, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
