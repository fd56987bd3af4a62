using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>The tables of one kind of tag (genres or styles): names, release links, precomputed stats.</summary>
/// <param name="Kind">Genre or style.</param>
/// <param name="Names">The name table (<c>genres</c>).</param>
/// <param name="ReleaseLinks">The release link table (<c>release_genres</c>).</param>
/// <param name="MasterLinks">The master link table (<c>master_genres</c>).</param>
/// <param name="IdColumn">The tag id column in the link tables (<c>genre_id</c>).</param>
/// <param name="Stats">The precomputed stats table (<c>genre_stats</c>).</param>
/// <param name="OtherCountColumn">The stats column counting the other kind of tag (<c>style_count</c>).</param>
internal sealed record TagTable(EntityKind Kind, string Names, string ReleaseLinks, string MasterLinks, string IdColumn, string Stats, string OtherCountColumn)
{
    /// <summary>Genres.</summary>
    public static TagTable Genres { get; } = new(EntityKind.Genre, "genres", "release_genres", "master_genres", "genre_id", "genre_stats", "style_count");

    /// <summary>Styles.</summary>
    public static TagTable Styles { get; } = new(EntityKind.Style, "styles", "release_styles", "master_styles", "style_id", "style_stats", "genre_count");

    /// <summary>The other kind of tag.</summary>
    public TagTable Other => Kind == EntityKind.Genre ? Styles : Genres;

    /// <summary>The tables of a genre or style.</summary>
    public static TagTable For(EntityKind kind) => kind == EntityKind.Genre ? Genres : Styles;
}
