using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary>Where each searchable kind keeps its text: the entity table, its name column and SQLite's FTS5 table.</summary>
internal sealed record SearchSources(EntityKind Kind, string Table, string NameColumn, string FullTextTable, string YearColumn)
{
    public static SearchSources For(EntityKind kind) => kind switch
    {
        EntityKind.Artist => new(kind, "artists", "name", "artists_search", "CAST(NULL AS INTEGER)"),
        EntityKind.Label => new(kind, "labels", "name", "labels_search", "CAST(NULL AS INTEGER)"),
        EntityKind.Master => new(kind, "masters", "title", "masters_search", "e.year"),
        EntityKind.Release => new(kind, "releases", "title", "releases_search", "e.year"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only artists, labels, masters and releases have full text."),
    };

    /// <summary>
    /// The rows of this kind whose text holds every word:
    /// <c>SELECT e.id, e.name, year</c> from the table aliased <c>e</c>, placeholders excluded. The words are folded
    /// (letters and digits only), so they are safe inside the full-text expression parameter <paramref name="parameter"/>.
    /// </summary>
    public string Matching(bool postgres, string parameter, string placeholderFalse) => postgres
        ? $"SELECT e.id, e.{NameColumn} AS name, {YearColumn} AS year FROM {Table} e " +
          $"WHERE to_tsvector('simple'::regconfig, catalog_fold(coalesce(e.{NameColumn}, ''))) @@ to_tsquery('simple'::regconfig, @{parameter}) " +
          $"AND e.is_placeholder = {placeholderFalse} AND e.{NameColumn} IS NOT NULL"
        : $"SELECT e.id, e.{NameColumn} AS name, {YearColumn} AS year FROM {FullTextTable} s JOIN {Table} e ON e.id = s.rowid " +
          $"WHERE {FullTextTable} MATCH @{parameter} AND e.is_placeholder = {placeholderFalse} AND e.{NameColumn} IS NOT NULL";

    /// <summary>The full-text expression for folded words: PostgreSQL tsquery or SQLite FTS5 query.</summary>
    public static string Expression(bool postgres, IReadOnlyList<string> words, bool prefix) => postgres
        ? string.Join(" & ", words.Select(word => prefix ? word + ":*" : word))
        : string.Join(" ", words.Select(word => prefix ? $"\"{word}\"*" : $"\"{word}\""));
}
