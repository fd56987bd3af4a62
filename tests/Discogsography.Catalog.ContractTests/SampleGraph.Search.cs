using Discogsography.Catalog.Explore;

namespace Discogsography.Catalog.ContractTests;

public sealed partial class SampleGraph
{
    /// <summary>Every named node autocomplete may suggest, with its name: records of the sample (not placeholders), genres, styles.</summary>
    public IEnumerable<(EntityRef Ref, string Name)> Names(EntityKind kind) => kind switch
    {
        EntityKind.Artist => Artists.Values.Where(artist => artist.Name is not null).Select(artist => (EntityRef.Artist(artist.Id), artist.Name!)),
        EntityKind.Label => Labels.Values.Where(label => label.Name is not null).Select(label => (EntityRef.Label(label.Id), label.Name!)),
        EntityKind.Master => Masters.Values.Where(master => master.Title is not null).Select(master => (EntityRef.Master(master.Id), master.Title!)),
        EntityKind.Release => Releases.Values.Where(release => release.Title is not null).Select(release => (EntityRef.Release(release.Id), release.Title!)),
        EntityKind.Genre => GenreNames.Select(name => (EntityRef.Genre(name), name)),
        _ => StyleNames.Select(name => (EntityRef.Style(name), name)),
    };

    /// <summary>The expected suggestions: every name scored by the contract's scoring, ordered, cut.</summary>
    public IReadOnlyList<AutocompleteHit> Autocomplete(string query, IReadOnlyList<EntityKind> kinds, int first)
    {
        string folded = SearchText.Fold(query);
        IEnumerable<AutocompleteHit> hits = kinds.SelectMany(Names)
            .Select(entry => (entry, score: AutocompleteScoring.Score(SearchText.Fold(entry.Name), folded)))
            .Where(candidate => candidate.score is not null)
            .Select(candidate => new AutocompleteHit(candidate.entry.Ref, candidate.entry.Name, candidate.score!.Value));
        return [.. AutocompleteScoring.Order(hits).Take(first)];
    }

    /// <summary>The expected search hits in order: every word of the query is a word of the name (folded).</summary>
    public IReadOnlyList<(EntityRef Ref, string Name, int? Year)> Search(
        string query, IReadOnlyList<EntityKind> kinds, IReadOnlyList<string> genres, int? yearFrom, int? yearTo)
    {
        string[] words = SearchText.Words(query);
        bool filtered = genres.Count > 0 || yearFrom is not null || yearTo is not null;
        IEnumerable<(EntityRef Ref, string Name, int? Year, IReadOnlyList<string> Genres)> candidates =
            Names(EntityKind.Artist).Select(entry => (entry.Ref, entry.Name, (int?)null, (IReadOnlyList<string>)[]))
            .Concat(Names(EntityKind.Label).Select(entry => (entry.Ref, entry.Name, (int?)null, (IReadOnlyList<string>)[])))
            .Concat(Masters.Values.Where(master => master.Title is not null)
                .Select(master => (EntityRef.Master(master.Id), master.Title!, master.Year, master.Genres)))
            .Concat(Releases.Values.Where(release => release.Title is not null)
                .Select(release => (EntityRef.Release(release.Id), release.Title!, release.Year, release.Genres)));
        return [.. candidates
            .Where(candidate => kinds.Contains(candidate.Ref.Kind))
            .Where(candidate => !filtered || candidate.Ref.Kind is EntityKind.Master or EntityKind.Release)
            .Where(candidate => genres.Count == 0 || candidate.Genres.Any(genres.Contains))
            .Where(candidate => yearFrom is null || candidate.Year >= yearFrom)
            .Where(candidate => yearTo is null || candidate.Year <= yearTo)
            .Where(candidate => words.All(SearchText.Words(candidate.Name).Contains))
            .OrderBy(candidate => candidate.Name.Length).ThenBy(candidate => candidate.Ref.Kind).ThenBy(candidate => candidate.Ref.Id)
            .Select(candidate => (candidate.Ref, candidate.Name, candidate.Year))];
    }

    /// <summary>The genres of a master or release hit, ordinal order.</summary>
    public IReadOnlyList<string> GenresOf(EntityRef node) => node.Kind switch
    {
        EntityKind.Release => [.. Releases[node.Id].Genres.Distinct().Order(StringComparer.Ordinal)],
        EntityKind.Master => [.. Masters[node.Id].Genres.Distinct().Order(StringComparer.Ordinal)],
        _ => [],
    };
}
