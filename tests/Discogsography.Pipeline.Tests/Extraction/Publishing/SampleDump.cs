using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

/// <summary>The real Discogs sample dump under shared/data (found by walking up from the test assembly, or DISCOGSOGRAPHY_SHARED_DATA).</summary>
internal static class SampleDump
{
    public const string Version = "20200806";

    public static string Folder { get; } = FindFolder();

    public static string PathOf(DumpType type) => Path.Combine(Folder, FileName(type));

    public static string FileName(DumpType type) => $"discogs_{Version}_{type.FileToken()}.xml.gz";

    public static List<DumpRecord> Records(DumpType type)
    {
        using FileStream stream = File.OpenRead(PathOf(type));
        return [.. DumpReader.Read(stream, type, DumpReaderOptions.Default, new DumpReadReport(), CancellationToken.None)];
    }

    private static string FindFolder()
    {
        string sample = $"discogs-{Version}-sample";
        if (Environment.GetEnvironmentVariable("DISCOGSOGRAPHY_SHARED_DATA") is { Length: > 0 } shared)
        {
            return Path.Combine(shared, sample);
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "data", sample);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data was not found above the test assembly; set DISCOGSOGRAPHY_SHARED_DATA.");
    }
}
