using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Samples;

/// <summary>
/// Generates a synthetic Discogs dump in the real XML format: all four <c>discogs_YYYYMMDD_*.xml.gz</c> files and the
/// CHECKSUM file, with ids that agree across files, realistic sizes and value distributions, and every quirk the
/// reader must survive sprinkled in at low rates (bare ampersands, <c>&amp;#13;</c> line breaks, invalid UTF-8,
/// unknown entities, empty and whitespace-only elements, attribute-only elements, nameless "DO NOT USE" records,
/// huge releases and a known number of malformed records). Deterministic: the same options give the same bytes.
/// </summary>
public sealed partial class SampleDumpGenerator
{
    private readonly SampleDumpOptions _options;
    private readonly SampleNames _names;
    private readonly SampleXmlBuffer _xml = new();
    private readonly int _artists;
    private readonly int _labels;
    private readonly int _masters;
    private readonly int _releases;
    private SampleRandom _random;
    private long _invalidBytes;

    private SampleDumpGenerator(SampleDumpOptions options)
    {
        _options = options;
        _names = new SampleNames(options.Seed);
        _releases = options.Scale;
        _artists = Math.Max(1, options.Scale / 2);
        _labels = Math.Max(1, options.Scale / 8);
        _masters = Math.Max(1, options.Scale / 7);
        _random = new SampleRandom(options.Seed);
    }

    /// <summary>The malformations written on purpose.</summary>
    private enum Malformation
    {
        None,
        MismatchedEndTag,
        Unclosed,
        StrayLessThan,
    }

    /// <summary>Writes the dump into <paramref name="directory"/> (created when missing) and describes what it holds.</summary>
    public static SampleDump Generate(string directory, SampleDumpOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(directory);
        var generator = new SampleDumpGenerator(options);
        var files = new List<SampleDumpFile>
        {
            generator.WriteFile(directory, DumpType.Artists, generator._artists, generator.WriteArtist, cancellationToken),
            generator.WriteFile(directory, DumpType.Labels, generator._labels, generator.WriteLabel, cancellationToken),
            generator.WriteFile(directory, DumpType.Masters, generator._masters, generator.WriteMaster, cancellationToken),
            generator.WriteFile(directory, DumpType.Releases, generator._releases, generator.WriteRelease, cancellationToken),
        };

        string checksumPath = Path.Combine(directory, $"discogs_{options.Version}_CHECKSUM.txt");
        var checksums = new StringBuilder();
        foreach (SampleDumpFile file in files)
        {
            checksums.Append(file.Sha256).Append("  ").Append(Path.GetFileName(file.Path)).Append('\n');
        }

        File.WriteAllText(checksumPath, checksums.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new SampleDump(options.Version, checksumPath, files);
    }

    private SampleDumpFile WriteFile(string directory, DumpType type, int count, Action<long, Malformation> writeRecord, CancellationToken cancellationToken)
    {
        _random = new SampleRandom(SampleRandom.Mix(_options.Seed + (ulong)type + 1));
        _invalidBytes = 0;
        string path = Path.Combine(directory, $"discogs_{_options.Version}_{type.FileToken()}.xml.gz");
        int every = Math.Min(_options.MalformedEvery, Math.Max(count, 2));
        long malformed = 0;
        long xmlBytes = 0;
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var gzip = new GZipStream(file, _options.Compression))
        {
            void Write(ReadOnlySpan<byte> bytes)
            {
                gzip.Write(bytes);
                xmlBytes += bytes.Length;
            }

            Write(Encoding.ASCII.GetBytes($"<{type.RootElement()}>\n"));
            for (int i = 0; i < count; i++)
            {
                if ((i & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Malformation malformation = Malformation.None;
                if (count >= 2 && (i + (every / 2)) % every == 0 && malformed < _options.MaxMalformedPerFile)
                {
                    malformation = (Malformation)(1 + (malformed % 3));
                    malformed++;
                }

                _xml.Clear();
                writeRecord(i + 1, malformation);
                _xml.Raw("\n");
                Write(_xml.Written);
            }

            Write(Encoding.ASCII.GetBytes($"</{type.RootElement()}>\n"));
        }

        string sha256;
        using (FileStream written = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(SHA256.HashData(written));
        }

        return new SampleDumpFile(type, path, count, malformed, _invalidBytes, xmlBytes, sha256);
    }
}
