using System.Globalization;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// The run-time half of argument binding: small typed conversions the compiled delegates call. Their inputs are the
/// executor's coerced values (scalars' runtime values, enum value names, lists and maps), so each is a type test and a cast.
/// </summary>
internal static class InputValueReader
{
    public static int ToInt32(object value) => value is int i ? i : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    public static long ToInt64(object value) => value is long l ? l : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public static double ToDouble(object value) => value is double d ? d : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public static float ToSingle(object value) => Convert.ToSingle(value, CultureInfo.InvariantCulture);

    public static decimal ToDecimal(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    public static bool ToBoolean(object value) => (bool)value;

    public static string ToText(object value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    public static Guid ToGuid(object value) => value switch
    {
        Guid g => g,
        _ when Guid.TryParse(ToText(value), CultureInfo.InvariantCulture, out Guid parsed) => parsed,
        _ => throw InvalidId(value, "a GUID"),
    };

    public static int IdToInt32(object value) => value switch
    {
        string s when int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed) => parsed,
        string => throw InvalidId(value, "a 32-bit integer"),
        _ => ToInt32(value),
    };

    public static long IdToInt64(object value) => value switch
    {
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed) => parsed,
        string => throw InvalidId(value, "a 64-bit integer"),
        _ => ToInt64(value),
    };

    public static DateTimeOffset ToDateTimeOffset(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime time => new DateTimeOffset(time),
        _ => DateTimeOffset.Parse(ToText(value), CultureInfo.InvariantCulture),
    };

    public static DateTime ToDateTime(object value) => ToDateTimeOffset(value).UtcDateTime;

    public static T Cast<T>(object value) => value is T typed
        ? typed
        : throw new InvalidOperationException($"The input value {value} ({value.GetType().Name}) cannot be bound as {ClrTypes.Display(typeof(T))}.");

    public static TEnum ToEnum<TEnum>(object value, IReadOnlyDictionary<string, TEnum> byName)
        where TEnum : struct, Enum => value switch
        {
            TEnum already => already,
            string name when byName.TryGetValue(name, out TEnum member) => member,
            _ => throw new InvalidOperationException($"The enum value {value} has no member in {typeof(TEnum).Name}."),
        };

    public static T[] ToArray<T>(object value, Func<object?, T> item) => value is IEnumerable<object?> items
        ? [.. items.Select(item)]
        : [item(value)];

    public static List<T> ToList<T>(object value, Func<object?, T> item) => value is IEnumerable<object?> items
        ? [.. items.Select(item)]
        : [item(value)];

    public static IReadOnlyDictionary<string, object?> ToMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => new Dictionary<string, object?>(dictionary, StringComparer.Ordinal),
        _ => throw new InvalidOperationException($"The input value {value} ({value.GetType().Name}) is not an input object."),
    };

    /// <summary>An ID the resolver reads as a number or GUID that is not one: the client's mistake, reported as such.</summary>
    private static GraphQLException InvalidId(object value, string expected) =>
        new($"The ID \"{value}\" is not {expected}.", ExecutionErrorCodes.InvalidArgument);

    /// <summary>The entry <paramref name="name"/> converted, or <paramref name="fallback"/> when it is absent (or null and <paramref name="nullIsAbsent"/>).</summary>
    public static T Read<T>(IReadOnlyDictionary<string, object?> map, string name, Func<object?, T> convert, T fallback, bool nullIsAbsent) =>
        map.TryGetValue(name, out object? value) && (value is not null || !nullIsAbsent) ? convert(value) : fallback;
}
