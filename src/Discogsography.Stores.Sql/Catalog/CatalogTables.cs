using Discogsography.Catalog.Dumps;
using Discogsography.Stores.Sql.Catalog.Entities;
using NpgsqlTypes;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>The tables <see cref="SqlCatalogWriter"/> fills, with their columns in the order the migrations declare them.</summary>
internal static class CatalogTables
{
    public static readonly CatalogTable<ArtistRow> Artists = new(
        "artists",
        "id",
        new("id", NpgsqlDbType.Bigint, r => r.Id),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("real_name", NpgsqlDbType.Text, r => r.RealName),
        new("data_quality", NpgsqlDbType.Text, r => r.DataQuality),
        new("is_placeholder", NpgsqlDbType.Boolean, r => r.IsPlaceholder),
        new("document", NpgsqlDbType.Text, r => r.Document),
        new("sha256", NpgsqlDbType.Text, r => r.Sha256),
        new("updated_at", NpgsqlDbType.TimestampTz, r => r.UpdatedAt));

    public static readonly CatalogTable<LabelRow> Labels = new(
        "labels",
        "id",
        new("id", NpgsqlDbType.Bigint, r => r.Id),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("parent_label_id", NpgsqlDbType.Bigint, r => r.ParentLabelId),
        new("parent_label_name", NpgsqlDbType.Text, r => r.ParentLabelName),
        new("data_quality", NpgsqlDbType.Text, r => r.DataQuality),
        new("is_placeholder", NpgsqlDbType.Boolean, r => r.IsPlaceholder),
        new("document", NpgsqlDbType.Text, r => r.Document),
        new("sha256", NpgsqlDbType.Text, r => r.Sha256),
        new("updated_at", NpgsqlDbType.TimestampTz, r => r.UpdatedAt));

    public static readonly CatalogTable<MasterRow> Masters = new(
        "masters",
        "id",
        new("id", NpgsqlDbType.Bigint, r => r.Id),
        new("title", NpgsqlDbType.Text, r => r.Title),
        new("year", NpgsqlDbType.Integer, r => r.Year),
        new("main_release_id", NpgsqlDbType.Bigint, r => r.MainReleaseId),
        new("data_quality", NpgsqlDbType.Text, r => r.DataQuality),
        new("is_placeholder", NpgsqlDbType.Boolean, r => r.IsPlaceholder),
        new("document", NpgsqlDbType.Text, r => r.Document),
        new("sha256", NpgsqlDbType.Text, r => r.Sha256),
        new("updated_at", NpgsqlDbType.TimestampTz, r => r.UpdatedAt));

    public static readonly CatalogTable<ReleaseRow> Releases = new(
        "releases",
        "id",
        new("id", NpgsqlDbType.Bigint, r => r.Id),
        new("title", NpgsqlDbType.Text, r => r.Title),
        new("status", NpgsqlDbType.Text, r => r.Status),
        new("country", NpgsqlDbType.Text, r => r.Country),
        new("released", NpgsqlDbType.Text, r => r.Released),
        new("year", NpgsqlDbType.Integer, r => r.Year),
        new("master_id", NpgsqlDbType.Bigint, r => r.MasterId),
        new("is_main_release", NpgsqlDbType.Boolean, r => r.IsMainRelease),
        new("data_quality", NpgsqlDbType.Text, r => r.DataQuality),
        new("is_placeholder", NpgsqlDbType.Boolean, r => r.IsPlaceholder),
        new("document", NpgsqlDbType.Text, r => r.Document),
        new("sha256", NpgsqlDbType.Text, r => r.Sha256),
        new("updated_at", NpgsqlDbType.TimestampTz, r => r.UpdatedAt));

    public static readonly CatalogTable<ArtistAliasRow> ArtistAliases = new(
        "artist_aliases",
        "artist_id",
        new("artist_id", NpgsqlDbType.Bigint, r => r.ArtistId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("alias_id", NpgsqlDbType.Bigint, r => r.AliasId),
        new("name", NpgsqlDbType.Text, r => r.Name));

    public static readonly CatalogTable<ArtistMemberRow> ArtistMembers = new(
        "artist_members",
        "group_id",
        new("group_id", NpgsqlDbType.Bigint, r => r.GroupId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("member_id", NpgsqlDbType.Bigint, r => r.MemberId),
        new("name", NpgsqlDbType.Text, r => r.Name));

    public static readonly CatalogTable<ArtistGroupRow> ArtistGroups = new(
        "artist_groups",
        "artist_id",
        new("artist_id", NpgsqlDbType.Bigint, r => r.ArtistId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("group_id", NpgsqlDbType.Bigint, r => r.GroupId),
        new("name", NpgsqlDbType.Text, r => r.Name));

    public static readonly CatalogTable<LabelSublabelRow> LabelSublabels = new(
        "label_sublabels",
        "label_id",
        new("label_id", NpgsqlDbType.Bigint, r => r.LabelId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("sublabel_id", NpgsqlDbType.Bigint, r => r.SublabelId),
        new("name", NpgsqlDbType.Text, r => r.Name));

    public static readonly CatalogTable<MasterArtistRow> MasterArtists = new(
        "master_artists",
        "master_id",
        new("master_id", NpgsqlDbType.Bigint, r => r.MasterId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("artist_id", NpgsqlDbType.Bigint, r => r.ArtistId),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("anv", NpgsqlDbType.Text, r => r.Anv),
        new("join_text", NpgsqlDbType.Text, r => r.JoinText));

    public static readonly CatalogTable<MasterGenreRow> MasterGenres = new(
        "master_genres",
        "master_id",
        new("master_id", NpgsqlDbType.Bigint, r => r.MasterId),
        new("genre_id", NpgsqlDbType.Integer, r => r.GenreId));

    public static readonly CatalogTable<MasterStyleRow> MasterStyles = new(
        "master_styles",
        "master_id",
        new("master_id", NpgsqlDbType.Bigint, r => r.MasterId),
        new("style_id", NpgsqlDbType.Integer, r => r.StyleId));

    public static readonly CatalogTable<ReleaseArtistRow> ReleaseArtists = new(
        "release_artists",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("artist_id", NpgsqlDbType.Bigint, r => r.ArtistId),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("anv", NpgsqlDbType.Text, r => r.Anv),
        new("join_text", NpgsqlDbType.Text, r => r.JoinText),
        new("year", NpgsqlDbType.Integer, r => r.Year));

    public static readonly CatalogTable<ReleaseLabelRow> ReleaseLabels = new(
        "release_labels",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("label_id", NpgsqlDbType.Bigint, r => r.LabelId),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("catno", NpgsqlDbType.Text, r => r.Catno),
        new("year", NpgsqlDbType.Integer, r => r.Year));

    public static readonly CatalogTable<ReleaseGenreRow> ReleaseGenres = new(
        "release_genres",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("genre_id", NpgsqlDbType.Integer, r => r.GenreId),
        new("year", NpgsqlDbType.Integer, r => r.Year));

    public static readonly CatalogTable<ReleaseStyleRow> ReleaseStyles = new(
        "release_styles",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("style_id", NpgsqlDbType.Integer, r => r.StyleId),
        new("year", NpgsqlDbType.Integer, r => r.Year));

    public static readonly CatalogTable<ReleaseFormatRow> ReleaseFormats = new(
        "release_formats",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("quantity", NpgsqlDbType.Integer, r => r.Quantity),
        new("text", NpgsqlDbType.Text, r => r.Text),
        new("descriptions", NpgsqlDbType.Text, r => r.Descriptions));

    public static readonly CatalogTable<CreditRow> Credits = new(
        "credits",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("position", NpgsqlDbType.Smallint, r => r.Position),
        new("artist_id", NpgsqlDbType.Bigint, r => r.ArtistId),
        new("name", NpgsqlDbType.Text, r => r.Name),
        new("anv", NpgsqlDbType.Text, r => r.Anv),
        new("role", NpgsqlDbType.Text, r => r.Role),
        new("role_category", NpgsqlDbType.Text, r => r.RoleCategory),
        new("tracks", NpgsqlDbType.Text, r => r.Tracks));

    public static readonly CatalogTable<TrackRow> Tracks = new(
        "tracks",
        "release_id",
        new("release_id", NpgsqlDbType.Bigint, r => r.ReleaseId),
        new("ordinal", NpgsqlDbType.Smallint, r => r.Ordinal),
        new("parent_ordinal", NpgsqlDbType.Smallint, r => r.ParentOrdinal),
        new("position", NpgsqlDbType.Text, r => r.Position),
        new("title", NpgsqlDbType.Text, r => r.Title),
        new("duration", NpgsqlDbType.Text, r => r.Duration));

    /// <summary>The entity table of a dump type.</summary>
    public static string EntityTable(DumpType type) => type switch
    {
        DumpType.Artists => "artists",
        DumpType.Labels => "labels",
        DumpType.Masters => "masters",
        _ => "releases",
    };

    /// <summary>The link tables a record of the type owns, as (table, owner column).</summary>
    public static IReadOnlyList<(string Table, string Owner)> OwnedLinks(DumpType type) => type switch
    {
        DumpType.Artists => [("artist_aliases", "artist_id"), ("artist_members", "group_id"), ("artist_groups", "artist_id")],
        DumpType.Labels => [("label_sublabels", "label_id")],
        DumpType.Masters => [("master_artists", "master_id"), ("master_genres", "master_id"), ("master_styles", "master_id")],
        _ =>
        [
            ("release_artists", "release_id"), ("release_labels", "release_id"), ("release_genres", "release_id"), ("release_styles", "release_id"),
            ("release_formats", "release_id"), ("credits", "release_id"), ("tracks", "release_id"),
        ],
    };
}
