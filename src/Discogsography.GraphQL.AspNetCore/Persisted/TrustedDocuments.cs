using System.Security.Cryptography;
using System.Text;

namespace Discogsography.GraphQL.AspNetCore.Persisted;

/// <summary>Loads trusted documents from a folder of <c>&lt;sha256&gt;.graphql</c> files and hashes document text.</summary>
public static class TrustedDocuments
{
    /// <summary>The lower-case hex SHA-256 of a document's UTF-8 text, the key persisted operations are stored under.</summary>
    public static string Hash(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }

    /// <summary>
    /// Every <c>*.graphql</c> file of <paramref name="directory"/> by the hash its name gives.
    /// </summary>
    /// <exception cref="InvalidOperationException">A file's name is not a SHA-256 hex string or does not match its content.</exception>
    public static IReadOnlyDictionary<string, string> LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(directory, "*.graphql"))
        {
            string name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
            if (name.Length != 64 || !name.All(char.IsAsciiHexDigit))
            {
                throw new InvalidOperationException($"Trusted document '{path}' must be named after its SHA-256 (64 hex digits).");
            }

            string document = File.ReadAllText(path, Encoding.UTF8);
            string hash = Hash(document);
            if (hash != name)
            {
                throw new InvalidOperationException($"Trusted document '{path}' has the SHA-256 {hash}, not the one its name gives.");
            }

            documents[name] = document;
        }

        return documents;
    }
}
