using System.Security.Cryptography;
using System.Text;
using Discogsography.Catalog.Dumps;

namespace Discogsography.Catalog.Tests.Dumps;

public sealed class JsonLinesRecordWriterTests
{
    [Fact]
    public void Write_Records_OneLinePerRecordWhoseHashIsTheRecordHash()
    {
        string directory = Path.Combine(Path.GetTempPath(), "jsonl-" + Guid.NewGuid().ToString("N"));
        try
        {
            (List<DumpRecord> records, _) = InlineDump.Read(DumpType.Masters, "<masters><master id=\"1\"><title>Ä</title></master><master id=\"2\"/></masters>");
            using (var writer = new JsonLinesRecordWriter(directory))
            {
                writer.Begin(DumpType.Labels);
                records.ForEach(writer.Write);
            }

            string[] lines = File.ReadAllLines(Path.Combine(directory, "masters.jsonl"), Encoding.UTF8);
            Assert.Equal(records.Select(r => r.Sha256), lines.Select(l => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(l)))));
            Assert.Equal(0, new FileInfo(Path.Combine(directory, "labels.jsonl")).Length);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
