using System.Security.Cryptography;
using System.Text;
using Discogsography.Catalog.Dumps;
using Discogsography.Pipeline.Bus.Messages;

namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>Bodies of extraction messages for the ingestion tests.</summary>
internal static class IngestionMessages
{
    public static string Json(long id, string suffix = "") => $$"""{"id":{{id}},"name":"Record {{id}}{{suffix}}"}""";

    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>A data message holding the records <paramref name="ids"/> (JSON from <see cref="Json"/>).</summary>
    public static byte[] Data(DumpType type, IEnumerable<long> ids, string suffix = "")
    {
        IEnumerable<string> records = ids.Select(id =>
        {
            string json = Json(id, suffix);
            return $$"""{"id":{{id}},"sha256":"{{Sha256(json)}}","record":{{json}}}""";
        });
        return Encoding.UTF8.GetBytes($$"""{"type":"data","dataType":"{{type.FileToken()}}","records":[{{string.Join(",", records)}}]}""");
    }

    public static byte[] FileComplete(DumpType type, long total) => BusMessageWriter.Write(new FileCompleteMessage(
        type, $"discogs_20200806_{type.FileToken()}.xml.gz", new string('0', 64), 1, total, 0, 0, DateTimeOffset.UnixEpoch));

    public static byte[] ExtractionComplete(string version = "20200806", DateTimeOffset? startedAt = null) => BusMessageWriter.Write(new ExtractionCompleteMessage(
        version, startedAt ?? DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DumpTypeExtensions.All.ToDictionary(t => t, _ => 30L)));
}
