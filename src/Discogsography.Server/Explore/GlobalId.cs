using System.Buffers.Text;
using System.Text;

namespace Discogsography.Server.Explore;

/// <summary>
/// Opaque global ids as HotChocolate writes them: the Base64 of <c>&lt;Type&gt;:&lt;key&gt;</c> (the Discogs id for artists,
/// labels, masters and releases; the name for genres, styles and people). Decoding accepts standard and URL-safe Base64.
/// </summary>
internal static class GlobalId
{
    /// <summary>The longest id accepted, in characters (as HotChocolate's default).</summary>
    public const int MaxLength = 1024;

    /// <summary>The id of the node of GraphQL type <paramref name="typeName"/> with key <paramref name="key"/>.</summary>
    public static string Encode(string typeName, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key));

    /// <summary>The type name and key of <paramref name="id"/>, or false when it is not a global id.</summary>
    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = id.Contains('-', StringComparison.Ordinal) || id.Contains('_', StringComparison.Ordinal) || id.Length % 4 != 0
                ? Base64Url.DecodeFromChars(id.TrimEnd('='))
                : Convert.FromBase64String(id);
        }
        catch (FormatException)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
