using Discogsography.Catalog.Dumps;

namespace Discogsography.Tests.Shared;

/// <summary>
/// Finds the real Discogs samples in <c>shared/data</c> beside the repository (never copied into it): the folder named
/// by <c>DISCOGSOGRAPHY_SHARED_DATA</c>, else the first <c>shared/data</c> found walking up from the test assembly.
/// Tests that read them use <see cref="SharedDataFactAttribute"/> or <see cref="SharedDataTheoryAttribute"/>, so they
/// report themselves as not run when the samples are absent. Linked into each test project that needs it.
/// </summary>
internal static class SharedData
{
    /// <summary>The environment variable naming the <c>shared/data</c> folder.</summary>
    public const string EnvironmentVariable = "DISCOGSOGRAPHY_SHARED_DATA";

    /// <summary>The version of the real sample month.</summary>
    public const string SampleVersion = "20200806";

    /// <summary>The sample month's folder, or null when it is not there.</summary>
    public static string? SampleFolderOrNull { get; } = Locate();

    /// <summary>Whether the samples are there.</summary>
    public static bool IsAvailable => SampleFolderOrNull is not null;

    /// <summary>The sample month's folder (<c>shared/data/discogs-20200806-sample</c>).</summary>
    public static string SampleFolder =>
        SampleFolderOrNull ?? throw new DirectoryNotFoundException($"shared/data was not found above the test assembly; set {EnvironmentVariable}.");

    /// <summary>The sample's CHECKSUM file (named <c>CHECKSUM.txt</c> in the shared folder).</summary>
    public static string ChecksumFile => Path.Combine(SampleFolder, "CHECKSUM.txt");

    /// <summary>The file name of a type, <c>discogs_20200806_&lt;type&gt;.xml.gz</c>.</summary>
    public static string SampleFileName(DumpType type) => $"discogs_{SampleVersion}_{type.FileToken()}.xml.gz";

    /// <summary>The path of a type's sample file.</summary>
    public static string SampleFile(DumpType type) => Path.Combine(SampleFolder, SampleFileName(type));

    /// <summary>File name → SHA-256 as the real CHECKSUM file lists them.</summary>
    public static IReadOnlyDictionary<string, string> SampleChecksums() =>
        File.ReadAllLines(ChecksumFile)
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);

    /// <summary>Every record of a type's sample file, as the dump reader produces them.</summary>
    public static List<DumpRecord> ReadAll(DumpType type, out DumpReadReport report, DumpReaderOptions? options = null)
    {
        report = new DumpReadReport();
        using FileStream file = File.OpenRead(SampleFile(type));
        return [.. DumpReader.Read(file, type, options ?? DumpReaderOptions.Default, report, CancellationToken.None)];
    }

    /// <summary>Every record of a type's sample file with the default reader options.</summary>
    public static List<DumpRecord> ReadAll(DumpType type) => ReadAll(type, out _);

    /// <summary>Why a test needing the samples (and the given environment variables) cannot run, or null when it can.</summary>
    public static string? SkipReason(IEnumerable<string> requiredEnvironment)
    {
        if (!IsAvailable)
        {
            return $"not run: shared/data not found (set {EnvironmentVariable})";
        }

        string[] missing = [.. requiredEnvironment.Where(name => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))];
        return missing.Length == 0 ? null : $"not run: {string.Join(", ", missing)} not set";
    }

    private static string? Locate()
    {
        string sample = $"discogs-{SampleVersion}-sample";
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            string folder = Path.Combine(configured, sample);
            return Directory.Exists(folder) ? folder : null;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "data", sample);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>
/// A fact that reads the shared samples: skipped ("not run: shared/data not found") when they are absent, and when any
/// of the named environment variables (e.g. <c>AMQP_CONNECTION</c>) is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] requiredEnvironment)
    {
        if (SharedData.SkipReason(requiredEnvironment) is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that reads the shared samples: skipped like <see cref="SharedDataFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] requiredEnvironment)
    {
        if (SharedData.SkipReason(requiredEnvironment) is { } reason)
        {
            Skip = reason;
        }
    }
}
