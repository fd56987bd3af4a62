namespace Discogsography.Catalog.Explore;

/// <summary>
/// Reads nodes by key, many at once (one store round trip per call, for DataLoaders). Keys that name no node are
/// left out of the answer; placeholders (referred to, record not yet imported) are returned without a record.
/// </summary>
public interface IEntityReader
{
    /// <summary>Artists by id.</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> ids (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<long, ArtistNode>> GetArtistsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Labels by id.</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> ids (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<long, LabelNode>> GetLabelsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Masters by id.</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> ids (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<long, MasterNode>> GetMastersAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Releases by id.</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> ids (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<long, ReleaseNode>> GetReleasesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Genres by exact name (ordinal).</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> names (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<string, GenreNode>> GetGenresAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Styles by exact name (ordinal).</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> names (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<string, StyleNode>> GetStylesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken);

    /// <summary>Summaries (key, name or title, year) of nodes of any kinds, e.g. for <c>nodes(ids:)</c>.</summary>
    /// <exception cref="ExploreArgumentException">More than <see cref="ExploreLimits.MaxBatchSize"/> references (TOO_MANY_IDS).</exception>
    Task<IReadOnlyDictionary<EntityRef, EntitySummary>> GetSummariesAsync(IReadOnlyCollection<EntityRef> refs, CancellationToken cancellationToken);
}
