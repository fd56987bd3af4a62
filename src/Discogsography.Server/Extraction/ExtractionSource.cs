namespace Discogsography.Server.Extraction;

/// <summary>
/// Where dumps come from (<c>Extraction:Source</c>): an http(s) URL of a Discogs-style data site, a folder holding a
/// month's files, or nothing, which means the generated sample under the data directory (the embedded default).
/// </summary>
internal sealed record ExtractionSource
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Extraction:Source";

    /// <summary>The data site to list and download from, or null.</summary>
    public Uri? DataSite { get; init; }

    /// <summary>The folder to read a month's files from, or null.</summary>
    public string? Folder { get; init; }

    /// <summary>True when the source is the sample the server generates itself.</summary>
    public bool IsGeneratedSample { get; init; }

    /// <summary>Reads <c>Extraction:Source</c>; relative folders resolve against the working directory.</summary>
    public static ExtractionSource Parse(string? value, string dataDirectory) => value switch
    {
        null or "" => new() { Folder = Path.Combine(dataDirectory, "sample"), IsGeneratedSample = true },
        _ when Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) =>
            new() { DataSite = uri },
        _ => new() { Folder = Path.GetFullPath(value) },
    };
}
