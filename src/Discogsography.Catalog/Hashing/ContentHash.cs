using System.Security.Cryptography;

namespace Discogsography.Catalog.Hashing;

/// <summary>The content hash of a canonical record: lower-case hex SHA-256 of its JSON bytes.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="json"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> json)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, hash);
        return Convert.ToHexStringLower(hash);
    }
}
