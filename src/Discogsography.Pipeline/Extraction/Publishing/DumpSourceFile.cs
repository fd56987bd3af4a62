using Discogsography.Catalog.Dumps;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>One dump file to publish.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Path">Its full path.</param>
/// <param name="PublishedSha256">Its checksum from the version's <c>CHECKSUM.txt</c>, when there is one.</param>
internal sealed record DumpSourceFile(DumpType Type, string Path, string? PublishedSha256)
{
    /// <summary>The file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
