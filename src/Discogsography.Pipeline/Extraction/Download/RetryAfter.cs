using System.Net.Http.Headers;

namespace Discogsography.Pipeline.Extraction.Download;

/// <summary>Reads a <c>Retry-After</c> header: delta seconds or an HTTP date.</summary>
internal static class RetryAfter
{
    /// <summary>The wait the server asked for, measured from <paramref name="now"/>, or null when it gave none.</summary>
    public static TimeSpan? Read(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>The wait for throttled answer number <paramref name="throttle"/> (1-based): the server's, else 30 s·2^(n−1), capped.</summary>
    public static TimeSpan Wait(TimeSpan? requested, int throttle, TimeSpan cap)
    {
        var wait = requested ?? TimeSpan.FromSeconds(30 * Math.Pow(2, Math.Min(throttle - 1, 16)));
        return wait > cap ? cap : wait;
    }
}
