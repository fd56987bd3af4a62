using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests;

/// <summary>Reads small inline XML fixtures through the real reader.</summary>
internal static class InlineDump
{
    public static (List<DumpRecord> Records, DumpReadReport Report) Read(DumpType type, string xml, DumpReaderOptions? options = null) =>
        Read(type, Encoding.UTF8.GetBytes(xml), options);

    public static (List<DumpRecord> Records, DumpReadReport Report) Read(DumpType type, byte[] xml, DumpReaderOptions? options = null)
    {
        var report = new DumpReadReport();
        using var stream = new MemoryStream(xml);
        List<DumpRecord> records = [.. DumpReader.Read(stream, type, options ?? DumpReaderOptions.Default, report, CancellationToken.None)];
        return (records, report);
    }

    /// <summary>The single record of a one-record fixture, parsed as JSON.</summary>
    public static JsonElement Single(DumpType type, string recordXml)
    {
        (List<DumpRecord> records, DumpReadReport report) = Read(type, $"<{type.RootElement()}>\n{recordXml}\n</{type.RootElement()}>\n");
        Assert.Equal(0, report.Skipped);
        DumpRecord record = Assert.Single(records);
        return JsonDocument.Parse(record.Json).RootElement.Clone();
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
