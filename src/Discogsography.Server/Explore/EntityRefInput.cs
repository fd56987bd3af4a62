using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.Server.Explore;

/// <summary>The <c>EntityRef</c> input (<c>@oneOf</c>: the engine guarantees exactly one field is set).</summary>
internal sealed record EntityRefInput(long? ArtistId, long? LabelId, long? MasterId, long? ReleaseId, string? Genre, string? Style)
{
    /// <summary>The catalog reference the input names.</summary>
    /// <exception cref="GraphQLException">A genre or style name is empty (BAD_USER_INPUT).</exception>
    public EntityRef ToRef()
    {
        if (ArtistId is long artist)
        {
            return EntityRef.Artist(artist);
        }

        if (LabelId is long label)
        {
            return EntityRef.Label(label);
        }

        if (MasterId is long master)
        {
            return EntityRef.Master(master);
        }

        if (ReleaseId is long release)
        {
            return EntityRef.Release(release);
        }

        string? name = Genre ?? Style;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new GraphQLException("A genre or style reference needs a name that is not empty.", ExploreErrors.BadUserInput);
        }

        return Genre is not null ? EntityRef.Genre(name) : EntityRef.Style(name);
    }
}
