namespace Discogsography.Pipeline.Extraction.Discovery;

/// <summary>The five files of a monthly Discogs dump.</summary>
public enum DumpFileType
{
    /// <summary><c>discogs_YYYYMMDD_artists.xml.gz</c>.</summary>
    Artists,

    /// <summary><c>discogs_YYYYMMDD_labels.xml.gz</c>.</summary>
    Labels,

    /// <summary><c>discogs_YYYYMMDD_masters.xml.gz</c>.</summary>
    Masters,

    /// <summary><c>discogs_YYYYMMDD_releases.xml.gz</c>.</summary>
    Releases,

    /// <summary><c>discogs_YYYYMMDD_CHECKSUM.txt</c>: SHA-256 of the four data files.</summary>
    Checksum,
}
