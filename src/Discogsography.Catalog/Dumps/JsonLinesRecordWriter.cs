namespace Discogsography.Catalog.Dumps;

/// <summary>
/// Writes canonical records as JSON Lines, one file per dump type (<c>&lt;directory&gt;/&lt;type&gt;.jsonl</c>):
/// each line is exactly a record's canonical JSON, so the SHA-256 of a line is the record's hash.
/// </summary>
public sealed class JsonLinesRecordWriter : IDisposable
{
    private readonly string _directory;
    private readonly Dictionary<DumpType, FileStream> _files = [];

    /// <summary>Creates the writer; the directory is created when missing.</summary>
    public JsonLinesRecordWriter(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        _directory = directory;
    }

    /// <summary>The file the records of <paramref name="type"/> go to.</summary>
    public string PathOf(DumpType type) => Path.Combine(_directory, $"{type.FileToken()}.jsonl");

    /// <summary>Creates (or truncates) the file of <paramref name="type"/>, so a type without records still gets its empty file.</summary>
    public void Begin(DumpType type) => FileOf(type);

    /// <summary>Appends one record to its type's file (truncated when first used by this writer).</summary>
    public void Write(DumpRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        FileStream file = FileOf(record.Type);
        file.Write(record.Json.Span);
        file.WriteByte((byte)'\n');
    }

    private FileStream FileOf(DumpType type)
    {
        if (!_files.TryGetValue(type, out FileStream? file))
        {
            file = new FileStream(PathOf(type), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            _files.Add(type, file);
        }

        return file;
    }

    /// <summary>Flushes and closes every file.</summary>
    public void Dispose()
    {
        foreach (FileStream file in _files.Values)
        {
            file.Dispose();
        }

        _files.Clear();
    }
}
