namespace Discogsography.Catalog.Explore;

/// <summary>The kinds of node in the music graph that the explore API reads.</summary>
public enum EntityKind
{
    /// <summary>An artist (keyed by its Discogs id).</summary>
    Artist,

    /// <summary>A label (keyed by its Discogs id).</summary>
    Label,

    /// <summary>A master release (keyed by its Discogs id).</summary>
    Master,

    /// <summary>A release (keyed by its Discogs id).</summary>
    Release,

    /// <summary>A genre (keyed by its name).</summary>
    Genre,

    /// <summary>A style (keyed by its name).</summary>
    Style,
}
