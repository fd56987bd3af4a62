using System.Reflection;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>
/// Where dumps come from and how they are downloaded, verified and kept. Bound from the <c>Dumps</c>
/// configuration section (seed variables <c>DISCOGS_ROOT</c> → <c>Dumps:Root</c>,
/// <c>DISCOGS_USER_AGENT</c> → <c>Dumps:UserAgent</c>).
/// </summary>
public sealed class DumpSourceOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Dumps";

    /// <summary>The address operators can reach us at, named in the default User-Agent.</summary>
    public const string ProjectUrl = "https://github.com/discogsography/discogsography";

    /// <summary>The default wait before each download attempt: immediate, then 5, 25, 75 and 375 minutes.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
        [TimeSpan.Zero, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(75), TimeSpan.FromMinutes(375)];

    /// <summary>The data site's root listing page.</summary>
    public Uri BaseUrl { get; set; } = new("https://data.discogs.com/");

    /// <summary>
    /// When set, dumps are read from this folder (files named as on the data site, checksum file named
    /// <c>discogs_YYYYMMDD_CHECKSUM.txt</c> or <c>CHECKSUM.txt</c>) instead of the data site, and verified in place.
    /// </summary>
    public string? LocalFolder { get; set; }

    /// <summary>The download folder (<c>DISCOGS_ROOT</c>).</summary>
    public string Root { get; set; } = "./data/dumps";

    /// <summary>The User-Agent sent to the data site (<c>DISCOGS_USER_AGENT</c>); null means <see cref="DefaultUserAgent"/>.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The least time between two requests to the data site, process-wide.</summary>
    public TimeSpan MinimumRequestInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long establishing a connection may take.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long the response headers may take to arrive once a request is sent.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a body may send nothing before the attempt is abandoned.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The longest <c>Retry-After</c> honoured on 429/503; longer values are capped to it.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How many throttled (429/503) answers one request tolerates before it fails.</summary>
    public int MaxThrottledRetries { get; set; } = 5;

    /// <summary>
    /// The wait before attempt 1, 2, … of a file download (a cut connection, a timeout or a checksum mismatch
    /// each end an attempt); attempts past the list's end wait its last value. Null means <see cref="DefaultRetryDelays"/>.
    /// </summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>The most attempts per file.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Whether files that cannot be verified against a CHECKSUM file may still be processed (default false).</summary>
    public bool AllowUnverified { get; set; }

    /// <summary>How many of the newest months of downloaded files to keep; 0 keeps all.</summary>
    public int RetentionMonths { get; set; } = 2;

    /// <summary>How often download progress is reported and logged.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary><c>Discogsography/&lt;version&gt; (+project url)</c>.</summary>
    public static string DefaultUserAgent { get; } = BuildDefaultUserAgent();

    /// <summary>The User-Agent actually sent.</summary>
    public string EffectiveUserAgent => string.IsNullOrWhiteSpace(UserAgent) ? DefaultUserAgent : UserAgent;

    /// <summary>The retry delays actually used.</summary>
    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays is { Length: > 0 } delays ? delays : DefaultRetryDelays;

    /// <summary>The wait before attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan DelayBeforeAttempt(int attempt)
    {
        var delays = EffectiveRetryDelays;
        return delays[Math.Clamp(attempt - 1, 0, delays.Count - 1)];
    }

    private static string BuildDefaultUserAgent()
    {
        var version = typeof(DumpSourceOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"Discogsography/{(plus > 0 ? version[..plus] : version)} (+{ProjectUrl})";
    }
}
