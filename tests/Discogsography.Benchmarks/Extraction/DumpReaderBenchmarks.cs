using BenchmarkDotNet.Attributes;
using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Samples;

namespace Discogsography.Benchmarks.Extraction;

/// <summary>
/// The dump reader on a generated releases file held in memory (plain XML and gzip), so the figures are the
/// reader's own: split, parse, map, canonical JSON and SHA-256. Run: <c>--filter *DumpReader*</c>.
/// </summary>
[MemoryDiagnoser]
public class DumpReaderBenchmarks
{
    private byte[] _gzip = [];
    private byte[] _xml = [];

    [GlobalSetup]
    public void Setup()
    {
        string directory = Path.Combine(Path.GetTempPath(), "dump-reader-benchmark");
        SampleDump dump = SampleDumpGenerator.Generate(directory, new SampleDumpOptions { Scale = 5_000 }, CancellationToken.None);
        _gzip = File.ReadAllBytes(dump[DumpType.Releases].Path);
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(_gzip), System.IO.Compression.CompressionMode.Decompress);
        using var xml = new MemoryStream();
        gzip.CopyTo(xml);
        _xml = xml.ToArray();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int PlainXml() => Read(_xml, DumpReaderOptions.Default);

    [Benchmark]
    public int GzipOnTwoThreads() => Read(_gzip, DumpReaderOptions.Default);

    [Benchmark]
    public int GzipOnOneThread() => Read(_gzip, DumpReaderOptions.Default with { DecompressOnSeparateThread = false });

    private static int Read(byte[] bytes, DumpReaderOptions options)
    {
        int count = 0;
        using var stream = new MemoryStream(bytes);
        foreach (DumpRecord record in DumpReader.Read(stream, DumpType.Releases, options, new DumpReadReport(), CancellationToken.None))
        {
            count += record.Json.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
