using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Discogsography.Catalog.Explore;

/// <summary>
/// The position after one item of an ordered list, made opaque for clients. It carries both the item's offset (for
/// adapters that page by offset) and its sort key (for keyset paging): <see cref="SortValue"/> is the primary key
/// (a year, a count; null for an unknown year) and <see cref="TieBreak"/> the unique secondary key (an id or a name).
/// </summary>
/// <param name="Offset">How many items precede the next page (this item's index + 1).</param>
/// <param name="SortValue">The item's primary sort value, or null.</param>
/// <param name="TieBreak">The item's unique tie-breaker, as text.</param>
public sealed record PageCursor(long Offset, long? SortValue, string TieBreak)
{
    private const string Version = "c1";

    /// <summary>The cursor as an opaque, URL-safe string.</summary>
    public string Encode()
    {
        string sort = SortValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        string text = string.Create(CultureInfo.InvariantCulture, $"{Version}|{Offset}|{sort}|{TieBreak}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Reads a cursor made by <see cref="Encode"/>.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.InvalidCursor"/>: not such a cursor.</exception>
    public static PageCursor Decode(string cursor)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|', 4);
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        if (parts.Length != 4 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long offset)
            || offset < 1)
        {
            throw Invalid();
        }

        long? sortValue = null;
        if (parts[2].Length > 0)
        {
            if (!long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            {
                throw Invalid();
            }

            sortValue = value;
        }

        return new PageCursor(offset, sortValue, parts[3]);
    }

    /// <summary>The tie-breaker read as an id.</summary>
    /// <exception cref="ExploreArgumentException">Code <see cref="ExploreErrorCodes.InvalidCursor"/>: it is not a number.</exception>
    public long TieBreakId() =>
        long.TryParse(TieBreak, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long id) ? id : throw Invalid();

    private static ExploreArgumentException Invalid() =>
        new(ExploreErrorCodes.InvalidCursor, "The cursor is not valid here; use a cursor from the previous page of the same list.");
}
