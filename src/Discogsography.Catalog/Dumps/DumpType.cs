namespace Discogsography.Catalog.Dumps;

/// <summary>The four kinds of Discogs monthly dump file.</summary>
public enum DumpType
{
    /// <summary><c>discogs_YYYYMMDD_artists.xml.gz</c>: root <c>&lt;artists&gt;</c>, records <c>&lt;artist&gt;</c>.</summary>
    Artists,

    /// <summary><c>discogs_YYYYMMDD_labels.xml.gz</c>: root <c>&lt;labels&gt;</c>, records <c>&lt;label&gt;</c>.</summary>
    Labels,

    /// <summary><c>discogs_YYYYMMDD_masters.xml.gz</c>: root <c>&lt;masters&gt;</c>, records <c>&lt;master&gt;</c>.</summary>
    Masters,

    /// <summary><c>discogs_YYYYMMDD_releases.xml.gz</c>: root <c>&lt;releases&gt;</c>, records <c>&lt;release&gt;</c>.</summary>
    Releases,
}
