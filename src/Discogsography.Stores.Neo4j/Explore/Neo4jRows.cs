using Discogsography.Catalog.Explore;
using Discogsography.Stores.Neo4j.Client;

namespace Discogsography.Stores.Neo4j.Explore;

/// <summary>Reads the explore statements' answers: rows as maps and typed values as the contract records need them.</summary>
internal static class Neo4jRows
{
    /// <summary>Each row of <paramref name="result"/> as a map from field name to value.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, object?>> Of(Neo4jQueryResult result)
    {
        foreach (var row in result.Rows)
        {
            var map = new Dictionary<string, object?>(result.Fields.Count, StringComparer.Ordinal);
            for (var i = 0; i < result.Fields.Count; i++)
            {
                map[result.Fields[i]] = row[i];
            }

            yield return map;
        }
    }

    public static object? Get(this IReadOnlyDictionary<string, object?> row, string field) =>
        row.TryGetValue(field, out var value) ? value : throw new KeyNotFoundException($"The answer has no field '{field}'.");

    public static long Long(this IReadOnlyDictionary<string, object?> row, string field) =>
        NullableLong(row.Get(field)) ?? throw new FormatException($"The field '{field}' is null.");

    public static long? NullableLong(this IReadOnlyDictionary<string, object?> row, string field) => NullableLong(row.Get(field));

    public static int? NullableInt(this IReadOnlyDictionary<string, object?> row, string field) =>
        NullableLong(row.Get(field)) is long value ? checked((int)value) : null;

    public static string? String(this IReadOnlyDictionary<string, object?> row, string field) => row.Get(field) as string;

    public static IReadOnlyList<object?> List(this IReadOnlyDictionary<string, object?> row, string field) =>
        row.Get(field) as IReadOnlyList<object?> ?? [];

    public static long? NullableLong(object? value) => value switch
    {
        null => null,
        long whole => whole,
        double real => (long)real,
        _ => throw new FormatException($"Expected an integer, got {value.GetType().Name}."),
    };

    /// <summary>The key parameter of a reference: its id, or its name for genres and styles.</summary>
    public static object Key(EntityRef entity) => entity.IsNamed ? entity.Name! : entity.Id;

    /// <summary>The reference of kind <paramref name="kind"/> a key value from an answer names.</summary>
    public static EntityRef Ref(EntityKind kind, object? key) => kind is EntityKind.Genre or EntityKind.Style
        ? EntityRef.ByName(kind, key as string ?? throw new FormatException("A genre or style key is not a string."))
        : EntityRef.ById(kind, NullableLong(key) ?? throw new FormatException("An id is null."));
}
