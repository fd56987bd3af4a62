using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>An <c>Exploration</c>: the centre entity and its categories.</summary>
internal sealed record Exploration(object Center, IReadOnlyList<CategoryCountValue> Categories);

/// <summary>A <c>CategoryCount</c>.</summary>
internal sealed record CategoryCountValue(ExploreCategory Category, string Label, int Count);

/// <summary>A <c>YearCount</c>.</summary>
internal sealed record YearCountValue(int Year, int Count)
{
    public static YearCountValue From(YearCount count) => new(count.Year, Counts.ToInt(count.Count));
}

/// <summary>A <c>YearRange</c>.</summary>
internal sealed record YearRangeValue(int? Min, int? Max);

/// <summary>A <c>GenreEmergence</c>.</summary>
internal sealed record GenreEmergenceValue(IReadOnlyList<GenreFirstYear> Genres, IReadOnlyList<StyleFirstYear> Styles);

/// <summary>A <c>GenreFirstYear</c>.</summary>
internal sealed record GenreFirstYear(GenreEntity Genre, int FirstYear);

/// <summary>A <c>StyleFirstYear</c>.</summary>
internal sealed record StyleFirstYear(StyleEntity Style, int FirstYear);

/// <summary>A <c>Collaborators</c> result.</summary>
internal sealed record CollaboratorsValue(ArtistEntity Artist, int TotalCount, IReadOnlyList<CollaboratorValue> Items);

/// <summary>A <c>Collaborator</c>.</summary>
internal sealed record CollaboratorValue(ArtistEntity Artist, int ReleaseCount, int? FirstYear, int? LastYear, IReadOnlyList<YearCountValue> YearlyCounts);

/// <summary>A <c>GenreBranch</c> of the genre tree.</summary>
internal sealed record GenreBranch(GenreEntity Genre, int ReleaseCount, IReadOnlyList<StyleCount> Styles);

/// <summary>A <c>StyleCount</c>.</summary>
internal sealed record StyleCount(StyleEntity Style, int ReleaseCount);

/// <summary>A <c>Suggestion</c> of autocomplete.</summary>
internal sealed record Suggestion(object Node, EntityKind Type, string Name, double Score);

/// <summary>A <c>SearchConnection</c>: a connection of hits with the facets of the whole result.</summary>
internal sealed record SearchConnection(IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, int TotalCount, SearchFacetsValue Facets)
{
    public IReadOnlyList<object> Nodes => [.. Edges.Select(e => e.Node)];
}

/// <summary>A <c>SearchEdge</c>.</summary>
internal sealed record SearchEdge(string Cursor, object Node, EntityKind Type, string Name, string Highlight, double Score, int? Year, IReadOnlyList<string> Genres);

/// <summary>The <c>SearchFacets</c>.</summary>
internal sealed record SearchFacetsValue(IReadOnlyList<FacetCount> Types, IReadOnlyList<FacetCount> Genres, IReadOnlyList<FacetCount> Decades);

/// <summary>A <c>FacetCount</c>.</summary>
internal sealed record FacetCount(string Value, int Count);

/// <summary>A <c>Path</c>.</summary>
internal sealed record PathValue(bool Found, int? Length, IReadOnlyList<PathStepValue> Steps);

/// <summary>A <c>PathStep</c>.</summary>
internal sealed record PathStepValue(object Node, PathRelationship? Relationship, bool? Forward);
