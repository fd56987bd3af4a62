using Microsoft.AspNetCore.StaticFiles;

namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>
/// The IDE's static files on disk: resolves a relative asset path inside the folder (never outside it) and names its
/// content type and caching policy.
/// </summary>
internal sealed class GraphQLIdeFiles
{
    private const string HashedAssetCacheControl = "public, max-age=31536000, immutable";
    private const string RevalidateCacheControl = "no-cache";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private readonly string _root;

    public GraphQLIdeFiles(GraphQLIdeOptions options)
    {
        _root = Path.GetFullPath(options.FilesDirectory);
    }

    /// <summary>Whether the folder holds the IDE (its <c>index.html</c>).</summary>
    public bool IsInstalled => File.Exists(IndexPath);

    public string IndexPath => Path.Combine(_root, "index.html");

    /// <summary>The full path of <paramref name="asset"/> when it is a servable file inside the folder, else null.</summary>
    public string? Resolve(string asset)
    {
        if (asset.Length == 0 || asset.Contains('\\', StringComparison.Ordinal) || asset.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        string full = Path.GetFullPath(Path.Combine(_root, asset));
        bool inside = full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) && ContentTypes.TryGetContentType(full, out _) ? full : null;
    }

    /// <summary>The content type of a file, with a charset for text.</summary>
    public static string ContentTypeOf(string path)
    {
        string type = ContentTypes.TryGetContentType(path, out string? found) ? found : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/manifest+json"
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>
    /// Files under <c>static/</c> carry a content hash in their names and never change, so browsers may keep them for a
    /// year; everything else (the page, the service worker, the manifest) is revalidated on each load.
    /// </summary>
    public static string CacheControlOf(string asset) =>
        asset.StartsWith("static/", StringComparison.Ordinal) ? HashedAssetCacheControl : RevalidateCacheControl;

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "application/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".woff2"] = "font/woff2";
        provider.Mappings[".ttf"] = "font/ttf";
        return provider;
    }
}
