namespace Discogsography.Server.Explore;

/// <summary>The contracts count in <see cref="long"/>; the schema's counts are <c>Int</c> (saturating, never wrapping).</summary>
internal static class Counts
{
    /// <summary>The count as an <c>Int</c>.</summary>
    public static int ToInt(long count) => (int)Math.Clamp(count, 0, int.MaxValue);

    /// <summary>The optional count as an <c>Int</c>.</summary>
    public static int? ToInt(long? count) => count is long value ? ToInt(value) : null;
}
