using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests;

/// <summary>Finds the real Discogs sample dump shared by every worktree (never copied into the repository).</summary>
internal static class SharedSample
{
    public const string Version = "20200806";

    /// <summary>The sample folder, or null when it is not there (tests that need it then report themselves as not run).</summary>
    public static string? Directory { get; } = Locate();

    public static string PathOf(DumpType type) =>
        Path.Combine(Directory ?? throw new DirectoryNotFoundException("The shared Discogs sample (shared/data) was not found; set DISCOGSOGRAPHY_SHARED_DATA."), $"discogs_{Version}_{type.FileToken()}.xml.gz");

    public static List<DumpRecord> ReadAll(DumpType type, out DumpReadReport report, DumpReaderOptions? options = null)
    {
        report = new DumpReadReport();
        using FileStream file = File.OpenRead(PathOf(type));
        return [.. DumpReader.Read(file, type, options ?? DumpReaderOptions.Default, report, CancellationToken.None)];
    }

    private static string? Locate()
    {
        string? configured = Environment.GetEnvironmentVariable("DISCOGSOGRAPHY_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            string sample = Path.Combine(configured, $"discogs-{Version}-sample");
            return System.IO.Directory.Exists(sample) ? sample : null;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", $"discogs-{Version}-sample");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
