namespace Discogsography.Catalog.Explore;

/// <summary>
/// The key of one node of the graph: a Discogs id for artists, labels, masters and releases, the exact name for genres
/// and styles (they have no id). Two references are equal when they name the same node.
/// </summary>
public sealed record EntityRef
{
    private EntityRef(EntityKind kind, long id, string? name)
    {
        Kind = kind;
        Id = id;
        Name = name;
    }

    /// <summary>The kind of node.</summary>
    public EntityKind Kind { get; }

    /// <summary>The Discogs id (artist, label, master, release); 0 for genres and styles.</summary>
    public long Id { get; }

    /// <summary>The name (genre, style); null for the kinds keyed by id.</summary>
    public string? Name { get; }

    /// <summary>Whether the node is keyed by name (genre, style) rather than by id.</summary>
    public bool IsNamed => Kind is EntityKind.Genre or EntityKind.Style;

    /// <summary>A reference to the artist with this id.</summary>
    public static EntityRef Artist(long id) => new(EntityKind.Artist, id, null);

    /// <summary>A reference to the label with this id.</summary>
    public static EntityRef Label(long id) => new(EntityKind.Label, id, null);

    /// <summary>A reference to the master with this id.</summary>
    public static EntityRef Master(long id) => new(EntityKind.Master, id, null);

    /// <summary>A reference to the release with this id.</summary>
    public static EntityRef Release(long id) => new(EntityKind.Release, id, null);

    /// <summary>A reference to the genre with this exact name.</summary>
    public static EntityRef Genre(string name) => new(EntityKind.Genre, 0, RequireName(name));

    /// <summary>A reference to the style with this exact name.</summary>
    public static EntityRef Style(string name) => new(EntityKind.Style, 0, RequireName(name));

    /// <summary>A reference to a node of a kind keyed by id.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is genre or style.</exception>
    public static EntityRef ById(EntityKind kind, long id) => kind switch
    {
        EntityKind.Genre or EntityKind.Style => throw new ArgumentException($"{kind} nodes are keyed by name.", nameof(kind)),
        _ => new EntityRef(kind, id, null),
    };

    /// <summary>A reference to a node of a kind keyed by name.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not genre or style.</exception>
    public static EntityRef ByName(EntityKind kind, string name) => kind switch
    {
        EntityKind.Genre or EntityKind.Style => new EntityRef(kind, 0, RequireName(name)),
        _ => throw new ArgumentException($"{kind} nodes are keyed by id.", nameof(kind)),
    };

    /// <summary>The key as text: the id in decimal, or the name.</summary>
    public string Key => Name ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}:{Key}";

    private static string RequireName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return name;
    }
}
