using Discogsography.Catalog.Explore;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.Server.Explore;

/// <summary>
/// Turns the read contracts' <see cref="ExploreArgumentException"/> into GraphQL errors carrying its stable code in
/// <c>extensions.code</c>, and holds the codes the API layer adds itself.
/// </summary>
internal static class ExploreErrors
{
    /// <summary>An argument the API checks itself is malformed (an empty name, an id of another type).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The GraphQL error for a contract's argument error.</summary>
    public static GraphQLException ToGraphQL(ExploreArgumentException exception) => new(exception.Message, exception.Code);

    /// <summary>Runs a contract call, translating its argument errors.</summary>
    public static async Task<T> Run<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ExploreArgumentException exception)
        {
            throw ToGraphQL(exception);
        }
    }

    /// <summary>Checks a page size as the contracts do, before any store call.</summary>
    public static void CheckFirst(int first, int max)
    {
        try
        {
            ExploreArguments.First(first, max);
        }
        catch (ExploreArgumentException exception)
        {
            throw ToGraphQL(exception);
        }
    }
}
