using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>
/// Chooses the response format from <c>Accept</c>: the acceptable type with the highest quality; on equal quality
/// <c>text/event-stream</c> (named explicitly) wins, then <c>application/graphql-response+json</c>. A missing header or
/// wildcards alone choose <c>application/json</c>, which is what legacy clients and graphql-http's audits expect.
/// </summary>
internal static class AcceptNegotiation
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string EventStream = "text/event-stream";

    public static ResponseMediaType Choose(StringValues accept, bool eventStream = true)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges)
            || ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        double json = Quality(ranges, Json, out bool jsonNamed);
        double graphQL = Quality(ranges, GraphQLResponseJson, out bool graphQLNamed);
        double events = Quality(ranges, EventStream, out bool eventsNamed);
        if (eventStream && eventsNamed && events > 0 && events >= json && events >= graphQL)
        {
            return ResponseMediaType.EventStream;
        }

        if (graphQLNamed && graphQL > 0 && graphQL >= json)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (json > 0)
        {
            return ResponseMediaType.Json;
        }

        return graphQL > 0 ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.None;
    }

    /// <summary>Whether <c>Accept</c> names <c>text/html</c> (a browser opening the endpoint).</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (string? value in accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quality the most specific matching range gives <paramref name="mediaType"/> (0 when none matches).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string mediaType, out bool named)
    {
        named = false;
        int specificity = -1;
        double quality = 0;
        int slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        foreach (MediaTypeHeaderValue range in ranges)
        {
            bool matches = range.MatchesAllTypes
                || (range.MatchesAllSubTypes && range.Type.Equals(mediaType.AsSpan(0, slash).ToString(), StringComparison.OrdinalIgnoreCase))
                || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                continue;
            }

            int rangeSpecificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
            if (rangeSpecificity > specificity)
            {
                specificity = rangeSpecificity;
                quality = range.Quality ?? 1.0;
                named = rangeSpecificity == 2;
            }
        }

        return quality;
    }
}
