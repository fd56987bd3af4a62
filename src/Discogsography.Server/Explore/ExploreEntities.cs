using Discogsography.Catalog.Explore;

namespace Discogsography.Server.Explore;

/// <summary>
/// The values of the schema's entity types: each holds only its key (and the name a list already gave), and its fields
/// load the full node through the request's DataLoaders when asked, so listing many entities costs one batch per level.
/// </summary>
internal static class ExploreEntities
{
    /// <summary>The entity value of a summary from a list, a path or a search.</summary>
    public static object From(EntitySummary summary) => From(summary.Ref, summary.Name);

    /// <summary>The entity value of a reference, with the name already known (or null).</summary>
    public static object From(EntityRef entity, string? name) => entity.Kind switch
    {
        EntityKind.Artist => new ArtistEntity(entity.Id, name),
        EntityKind.Label => new LabelEntity(entity.Id, name),
        EntityKind.Master => new MasterEntity(entity.Id, name),
        EntityKind.Release => new ReleaseEntity(entity.Id, name),
        EntityKind.Genre => new GenreEntity(entity.Name!),
        EntityKind.Style => new StyleEntity(entity.Name!),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity.Kind, null),
    };
}
