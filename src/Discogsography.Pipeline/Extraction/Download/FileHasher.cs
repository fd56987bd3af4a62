using System.Security.Cryptography;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>SHA-256 of files on disk, as lower-case hex.</summary>
internal static class FileHasher
{
    /// <summary>Hashes a whole file.</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Feeds the first <paramref name="length"/> bytes of a file into <paramref name="hash"/> (to resume a download).</summary>
    public static async Task AppendAsync(IncrementalHash hash, string path, long length, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var remaining = length;
        while (remaining > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
            if (read == 0)
            {
                throw new IOException($"{path} is shorter than {length} bytes.");
            }

            hash.AppendData(buffer, 0, read);
            remaining -= read;
        }
    }
}
