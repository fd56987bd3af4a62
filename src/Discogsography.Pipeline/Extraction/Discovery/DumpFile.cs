namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>One file of a published dump and where to get it.</summary>
public sealed record DumpFile
{
    /// <summary>The file name, e.g. <c>discogs_20200806_artists.xml.gz</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the file holds.</summary>
    public required DumpFileType Type { get; init; }

    /// <summary>Its download address (<c>https:</c>) or its path (<c>file:</c>).</summary>
    public required Uri Location { get; init; }
}
