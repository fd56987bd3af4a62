using System.Globalization;
using System.Text.RegularExpressions;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Utilities;

namespace Discogsography.GraphQL.Types.Scalars;

/// <summary>The custom <c>DateTime</c>: an RFC 3339 date-time with offset, held as a <see cref="DateTimeOffset"/>.</summary>
internal sealed partial class DateTimeCoercion : ScalarCoercion
{
    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime { Kind: DateTimeKind.Utc } utc => Format(new DateTimeOffset(utc)),
        string s => Format(Parse(s, s)),
        _ => throw new CoercionException($"DateTime cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object? CoerceInputValue(object? value) => RuntimeValues.Unwrap(value) switch
    {
        string s => Parse(s, ValueDisplay.Inspect(s)),
        var other => throw new CoercionException($"DateTime cannot represent a non string value: {ValueDisplay.Inspect(other)}"),
    };

    public override object? CoerceInputLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value, ValueLiteral.Print(literal))
        : throw new CoercionException($"DateTime cannot represent a non string value: {ValueLiteral.Print(literal)}");

    /// <summary>RFC 3339 <c>date-time</c>: full date, <c>T</c>, time with optional fraction, <c>Z</c> or a numeric offset.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    private static DateTimeOffset Parse(string text, string shown)
    {
        if (!Rfc3339().IsMatch(text)
            || !DateTimeOffset.TryParse(text.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset result))
        {
            throw new CoercionException($"DateTime cannot represent an invalid RFC 3339 date-time string: {shown}");
        }

        return result;
    }

    private static string Format(DateTimeOffset value)
    {
        string text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }
}
