using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Client;
using Discogsography.Stores.Neo4j.Cypher;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary><see cref="IGraphOverviewReader"/> over the graph (statements under <c>Explore/Overview/</c>).</summary>
internal sealed class Neo4jGraphOverviewReader(Neo4jQueryClient client, IEntityReader entities) : IGraphOverviewReader
{
    public async Task<YearRange> GetYearRangeAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync("YearRange", null, cancellationToken).ConfigureAwait(false);
        var row = Neo4jRows.Of(result).FirstOrDefault();
        return row is null ? new YearRange(null, null) : new YearRange(Clamp(row.NullableInt("min")), Clamp(row.NullableInt("max")));
    }

    public async Task<GenreEmergence> GetGenreEmergenceAsync(int beforeYear, CancellationToken cancellationToken)
    {
        ExploreArguments.BeforeYear(beforeYear);
        var result = await RunAsync("FirstYears", new Dictionary<string, object?> { ["before_year"] = beforeYear }, cancellationToken).ConfigureAwait(false);
        var rows = Neo4jRows.Of(result)
            .Select(row => (Kind: row.String("kind"), Appearance: new FirstAppearance(row.String("name") ?? string.Empty, row.NullableInt("first_year") ?? 0)))
            .ToList();
        List<FirstAppearance> Of(string kind) => [.. rows
            .Where(row => row.Kind == kind)
            .Select(row => row.Appearance)
            .OrderBy(appearance => appearance.FirstYear)
            .ThenBy(appearance => appearance.Name, StringComparer.Ordinal)];
        return new GenreEmergence(Of("Genre"), Of("Style"));
    }

    public async Task<IReadOnlyList<GenreTreeEntry>> GetGenreTreeAsync(int maxStylesPerGenre, CancellationToken cancellationToken)
    {
        ExploreArguments.Range("maxStylesPerGenre", maxStylesPerGenre, 1, ExploreLimits.MaxGenreTreeStyles);
        var genres = Neo4jRows.Of(await RunAsync("GenreReleaseCounts", null, cancellationToken).ConfigureAwait(false))
            .Select(row => new NameCount(row.String("name") ?? string.Empty, row.Long("count")))
            .ToList();
        var styles = Neo4jRows.Of(await RunAsync("GenreStylePairs", null, cancellationToken).ConfigureAwait(false))
            .ToLookup(row => row.String("genre") ?? string.Empty, row => new NameCount(row.String("style") ?? string.Empty, row.Long("count")), StringComparer.Ordinal);
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
        var artist = EntityRef.Artist(artistId);
        var summaries = await entities.GetSummariesAsync([artist], cancellationToken).ConfigureAwait(false);
        if (!summaries.TryGetValue(artist, out var center))
        {
            return null;
        }

        var result = await RunAsync("Collaborations", new Dictionary<string, object?> { ["artist_id"] = artistId }, cancellationToken).ConfigureAwait(false);
        var collaborators = Neo4jRows.Of(result)
            .Select(row => (Id: row.Long("id"), Name: row.String("name"), Year: row.NullableInt("year") ?? 0, Count: row.Long("count")))
            .GroupBy(row => row.Id)
            .Select(group => (Id: group.Key, group.First().Name, Total: group.Sum(row => row.Count), Years: group.OrderBy(row => row.Year).ToList()))
            .OrderByDescending(entry => entry.Total).ThenBy(entry => entry.Id)
            .ToList();
        Collaborator[] top = [.. collaborators.Take(first).Select(entry => new Collaborator(
            new EntitySummary(EntityRef.Artist(entry.Id), entry.Name),
            entry.Total,
            entry.Years[0].Year,
            entry.Years[^1].Year,
            [.. entry.Years.Select(row => new YearCount(row.Year, row.Count))]))];
        return new CollaboratorsResult(center, top, collaborators.Count);
    }

    private static int? Clamp(int? year) => year is int value ? Math.Clamp(value, ExploreLimits.MinBeforeYear, ExploreLimits.MaxBeforeYear) : null;

    private Task<Neo4jQueryResult> RunAsync(string name, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        client.RunAsync(CypherStatements.Get("Explore/Overview/" + name), parameters, cancellationToken);
}
