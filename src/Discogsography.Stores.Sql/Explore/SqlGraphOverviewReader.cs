using Discogsography.Catalog.Explore;

namespace Discogsography.Stores.Sql.Explore;

/// <summary><see cref="IGraphOverviewReader"/> over the catalog tables.</summary>
internal sealed class SqlGraphOverviewReader(SqlExploreQueries queries, IEntityReader entities) : IGraphOverviewReader
{
    public async Task<YearRange> GetYearRangeAsync(CancellationToken cancellationToken)
    {
        List<(int? Min, int? Max)> rows = await queries.ListAsync(
            _ => "SELECT MIN(year), MAX(year) FROM releases WHERE year > 0",
            reader => (SqlCommandText.NullableInt32(reader, 0), SqlCommandText.NullableInt32(reader, 1)),
            cancellationToken);
        (int? min, int? max) = rows[0];
        return new YearRange(Clamp(min), Clamp(max));
    }

    public async Task<GenreEmergence> GetGenreEmergenceAsync(int beforeYear, CancellationToken cancellationToken)
    {
        ExploreArguments.BeforeYear(beforeYear);
        return new GenreEmergence(
            await FirstYearsAsync(TagTable.Genres, beforeYear, cancellationToken),
            await FirstYearsAsync(TagTable.Styles, beforeYear, cancellationToken));
    }

    public async Task<IReadOnlyList<GenreTreeEntry>> GetGenreTreeAsync(int maxStylesPerGenre, CancellationToken cancellationToken)
    {
        ExploreArguments.Range("maxStylesPerGenre", maxStylesPerGenre, 1, ExploreLimits.MaxGenreTreeStyles);
        List<NameCount> genres = await queries.ListAsync(
            _ => "SELECT g.name, COUNT(*) FROM release_genres l JOIN genres g ON g.id = l.genre_id GROUP BY g.name",
            reader => new NameCount(reader.GetString(0), SqlCommandText.Int64(reader, 1)),
            cancellationToken);
        List<(string Genre, string Style, long Count)> pairs = await queries.ListAsync(
            _ => "SELECT g.name, s.name, COUNT(*) FROM release_genres lg JOIN release_styles ls ON ls.release_id = lg.release_id " +
                "JOIN genres g ON g.id = lg.genre_id JOIN styles s ON s.id = ls.style_id GROUP BY g.name, s.name",
            reader => (reader.GetString(0), reader.GetString(1), SqlCommandText.Int64(reader, 2)),
            cancellationToken);
        ILookup<string, NameCount> styles = pairs.ToLookup(pair => pair.Genre, pair => new NameCount(pair.Style, pair.Count), StringComparer.Ordinal);
        return [.. genres
            .OrderByDescending(genre => genre.Count).ThenBy(genre => genre.Name, StringComparer.Ordinal)
            .Select(genre => new GenreTreeEntry(
                genre.Name,
                genre.Count,
                [.. styles[genre.Name].OrderByDescending(style => style.Count).ThenBy(style => style.Name, StringComparer.Ordinal).Take(maxStylesPerGenre)]))];
    }

    public async Task<CollaboratorsResult?> GetCollaboratorsAsync(long artistId, int first, CancellationToken cancellationToken)
    {
        ExploreArguments.First(first, ExploreLimits.MaxCollaboratorsFirst);
        IReadOnlyDictionary<EntityRef, EntitySummary> artist = await entities.GetSummariesAsync([EntityRef.Artist(artistId)], cancellationToken);
        if (artist.Count == 0)
        {
            return null;
        }

        List<(long Id, int Year, long Count)> rows = await queries.ListAsync(
            command =>
            {
                SqlCommandText.Add(command, "artist", artistId);
                return "SELECT o.artist_id, me.year, COUNT(DISTINCT me.release_id) FROM release_artists me " +
                    "JOIN release_artists o ON o.release_id = me.release_id AND o.artist_id <> me.artist_id " +
                    "WHERE me.artist_id = @artist AND me.year > 0 AND o.artist_id IS NOT NULL GROUP BY o.artist_id, me.year";
            },
            reader => (SqlCommandText.Int64(reader, 0), (int)SqlCommandText.Int64(reader, 1), SqlCommandText.Int64(reader, 2)),
            cancellationToken);
        var collaborators = rows
            .GroupBy(row => row.Id)
            .Select(group => (Id: group.Key, Total: group.Sum(row => row.Count), Years: group.OrderBy(row => row.Year).ToList()))
            .OrderByDescending(entry => entry.Total).ThenBy(entry => entry.Id)
            .ToList();
        var top = collaborators.Take(first).ToList();
        IReadOnlyDictionary<EntityRef, EntitySummary> names =
            await entities.GetSummariesAsync([.. top.Select(entry => EntityRef.Artist(entry.Id))], cancellationToken);
        Collaborator[] list = [.. top.Select(entry => new Collaborator(
            names.TryGetValue(EntityRef.Artist(entry.Id), out EntitySummary? summary) ? summary : new EntitySummary(EntityRef.Artist(entry.Id), null),
            entry.Total,
            entry.Years[0].Year,
            entry.Years[^1].Year,
            [.. entry.Years.Select(row => new YearCount(row.Year, row.Count))]))];
        return new CollaboratorsResult(artist[EntityRef.Artist(artistId)], list, collaborators.Count);
    }

    private async Task<List<FirstAppearance>> FirstYearsAsync(TagTable table, int beforeYear, CancellationToken cancellationToken)
    {
        List<(string Name, int? Year)> rows = await queries.ListAsync(
            _ => $"SELECT t.name, COALESCE(s.first_year, (SELECT MIN(l.year) FROM {table.ReleaseLinks} l WHERE l.{table.IdColumn} = t.id AND l.year > 0)) " +
                $"FROM {table.Names} t LEFT JOIN {table.Stats} s ON s.{table.IdColumn} = t.id",
            reader => (reader.GetString(0), SqlCommandText.NullableInt32(reader, 1)),
            cancellationToken);
        return [.. rows
            .Where(row => row.Year <= beforeYear)
            .Select(row => new FirstAppearance(row.Name, row.Year!.Value))
            .OrderBy(row => row.FirstYear).ThenBy(row => row.Name, StringComparer.Ordinal)];
    }

    private static int? Clamp(int? year) => year is int value ? Math.Clamp(value, ExploreLimits.MinBeforeYear, ExploreLimits.MaxBeforeYear) : null;
}
