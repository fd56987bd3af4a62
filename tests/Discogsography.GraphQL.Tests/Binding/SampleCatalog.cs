using System.Runtime.CompilerServices;
using System.Security.Claims;
using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Tests.Binding;

/// <summary>A small schema and the resolver classes and records that bind to it, shared by the binding tests.</summary>
internal static class SampleCatalog
{
    public const string Sdl = """
        scalar DateTime
        scalar Long

        type Query {
          artist(id: Int!): Artist
          artists(ids: [Int!]!, genre: Genre): [Artist!]!
          search(filter: ArtistFilter!): [String!]!
          find(ref: EntityRef!): String
          greeting(name: String = "world"): String!
          count(limit: Int): Int!
          since(at: DateTime!): String!
          byId(id: ID!, key: ID): String!
          me: String!
          wait: Boolean!
          favouriteGenres: [Genre!]!
          version: Long!
          where: String!
        }

        type Artist {
          id: ID!
          name: String!
          genre: Genre!
          releases(first: Int = 10): [Release!]!
          label: String
        }

        type Release {
          title: String!
          year: Int
        }

        enum Genre { JAZZ HIP_HOP ROCK }

        input ArtistFilter {
          name: String
          genres: [Genre!]
          since: DateTime
          years: YearRange
          or: [ArtistFilter!]
        }

        input YearRange {
          from: Int!
          to: Int
        }

        input EntityRef @oneOf {
          artistId: Int
          genre: Genre
        }

        type Subscription {
          ticks(count: Int!): Int!
          genres: Genre!
        }
        """;

    public static Schema Schema { get; } = SchemaBuilder.FromSdl(Sdl).Build();

    public static SchemaBindingBuilder Builder() => new SchemaBindingBuilder(Schema)
        .BindResolver<QueryResolvers>("Query")
        .BindResolver<ArtistResolvers>("Artist")
        .BindResolver<SubscriptionResolvers>("Subscription");

    public static SchemaBinding Bind() => Builder().Bind();
}

public enum Genre
{
    Jazz,
    HipHop,
    Rock,
}

public sealed record ArtistRecord(int Id, string Name, Genre Genre);

public sealed record ReleaseRecord(string Title, int? Year);

public sealed record ArtistFilter(string? Name, IReadOnlyList<Genre>? Genres, DateTimeOffset? Since, YearRange? Years)
{
    public ArtistFilter[]? Or { get; init; }
}

public sealed class YearRange
{
    public int From { get; init; }

    public int? To { get; set; }
}

public sealed record EntityRef(int? ArtistId, Genre? Genre);

public interface IArtistStore
{
    ArtistRecord? Find(int id);
}

public sealed class ArtistStore : IArtistStore
{
    public ArtistRecord? Find(int id) => id > 0 ? new ArtistRecord(id, $"Artist {id}", Genre.HipHop) : null;
}

public sealed class LabelLoader : DataLoader<int, string>
{
    public LabelLoader(IBatchScheduler scheduler, IArtistStore store)
        : base(scheduler)
    {
        Store = store;
    }

    public IArtistStore Store { get; }

    public List<IReadOnlyList<int>> Batches { get; } = [];

    protected override ValueTask<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        Batches.Add([.. keys]);
        return new(keys.ToDictionary(k => k, k => $"Label of {k}"));
    }
}

public sealed class QueryResolvers
{
    public static ArtistRecord? Artist(int id, IArtistStore store) => store.Find(id);

    public Task<IReadOnlyList<ArtistRecord>> GetArtistsAsync(int[] ids, Genre? genre) =>
        Task.FromResult<IReadOnlyList<ArtistRecord>>([.. ids.Select(id => new ArtistRecord(id, $"Artist {id}", genre ?? Genre.Jazz))]);

    public IEnumerable<string> Search(ArtistFilter filter) =>
    [
        filter.Name ?? "(any)",
        string.Join("|", filter.Genres ?? []),
        filter.Since is { } since ? $"{since.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} offset {since.Offset.TotalMinutes}" : "(no date)",
        filter.Years is null ? "(no years)" : $"{filter.Years.From}-{filter.Years.To?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "now"}",
        string.Join("|", (filter.Or ?? []).Select(f => f.Name)),
    ];

    public string Find(EntityRef @ref) => @ref switch
    {
        { ArtistId: int id } => $"artist {id}",
        { Genre: Genre genre } => $"genre {genre}",
        _ => "nothing",
    };

    public string Greeting(string name) => $"Hello, {name}!";

    public int Count(int limit = 3) => limit;

    public string Since(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string ById(Guid id, long? key) => $"{id:N}/{key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";

    public string Me(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "?" : "anonymous";

    public async ValueTask<bool> Wait(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return true;
    }

    public Genre[] FavouriteGenres => [Genre.HipHop, Genre.Rock];

    public static long Version() => 1L << 40;

    public static string Where(IResolverContext context, IDataLoaderScope loaders) =>
        $"{context.Path} {ReferenceEquals(loaders, context.DataLoaders)}";
}

public sealed class ArtistResolvers
{
    public IReadOnlyList<ReleaseRecord> Releases([Parent] ArtistRecord artist, int first = 10) =>
        [.. Enumerable.Range(1, first).Select(i => new ReleaseRecord($"{artist.Name} #{i}", i % 2 == 0 ? null : 2000 + i))];

    public Task<string?> Label(ArtistRecord artist, LabelLoader labels) => labels.LoadAsync(artist.Id);
}

public sealed class SubscriptionResolvers
{
    public static async IAsyncEnumerable<int> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    public static IAsyncEnumerable<Genre> Genres() => new[] { Genre.Jazz, Genre.HipHop }.ToAsyncEnumerable();
}
