namespace Discogsography.Pipeline.Tests.Extraction.Download.TestDoubles;

/// <summary>Finds the real Discogs samples in <c>shared/data</c> (never copied into the repository).</summary>
internal static class SharedData
{
    public const string SampleVersion = "20200806";

    public static string SampleFolder { get; } = Path.Combine(FindDataFolder(), "discogs-20200806-sample");

    public static string SampleFile(string type) => Path.Combine(SampleFolder, $"discogs_{SampleVersion}_{type}.xml.gz");

    public static IReadOnlyDictionary<string, string> SampleChecksums() =>
        File.ReadAllLines(Path.Combine(SampleFolder, "CHECKSUM.txt"))
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[1], parts => parts[0]);

    private static string FindDataFolder()
    {
        var configured = Environment.GetEnvironmentVariable("DISCOGSOGRAPHY_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data was not found above the test assembly; set DISCOGSOGRAPHY_SHARED_DATA.");
    }
}
