using System.Globalization;
using Discogsography.GraphQL.AspNetCore.Subscriptions;
using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Resolvers;
using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Server.Dumps;

/// <summary>Root fields over the dump pipeline: the tracked months, a check on demand, and live status changes.</summary>
internal sealed class DumpQueries
{
    public async Task<IReadOnlyList<DumpProcessingRecord>> Dumps(IDumpTrackingStore store, CancellationToken cancellationToken)
    {
        var months = await store.ListAsync(cancellationToken);
        return [.. months.OrderByDescending(m => m.YearMonth, StringComparer.Ordinal)];
    }

    public Task<DumpProcessingRecord?> Dump(string yearMonth, IDumpTrackingStore store, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new GraphQLException($"yearMonth must be written YYYY-MM, e.g. 2020-08; got \"{yearMonth}\".", DumpErrorCodes.BadYearMonth);
        }

        return store.FindAsync(yearMonth, cancellationToken);
    }
}

/// <summary>Mutations over the dump pipeline.</summary>
internal sealed class DumpMutations
{
    /// <summary>Runs a dump check now; the request waits for it (a running check answers ALREADY_RUNNING at once).</summary>
    public async Task<DumpCheckPayload> CheckForNewDump(IDumpUpdateTrigger? trigger, IDumpTrackingStore store, CancellationToken cancellationToken)
    {
        if (trigger is null)
        {
            throw new GraphQLException("This process does not run the extractor role, so it cannot check for dumps; start it with Roles including 'extractor'.", DumpErrorCodes.ExtractorNotRunning);
        }

        var outcome = await trigger.TriggerAsync(cancellationToken);
        var months = await store.ListAsync(cancellationToken);
        var newest = outcome == DumpCheckOutcome.NoDumpAvailable ? null : months.MaxBy(m => m.YearMonth, StringComparer.Ordinal);
        return new DumpCheckPayload(outcome, newest);
    }
}

/// <summary>Subscriptions over the dump pipeline.</summary>
internal sealed class DumpSubscriptions
{
    /// <summary>The subscriber is registered before the subscription is acknowledged, so no later change is missed.</summary>
    public ValueTask<IAsyncEnumerable<DumpProcessingRecord>> DumpStatusChanged(ITopicEventReceiver events, CancellationToken cancellationToken) =>
        events.SubscribeAsync<DumpProcessingRecord>(DumpTopics.StatusChanged, cancellationToken);
}

/// <summary>Fields of <c>DumpProcessing</c> that reshape the record's maps into lists.</summary>
internal sealed class DumpProcessingFields
{
    public IReadOnlyList<FileChecksum> Checksums([Parent] DumpProcessingRecord record) =>
        [.. record.Checksums.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new FileChecksum(p.Key, p.Value))];

    public IReadOnlyList<DumpStatistic> Statistics([Parent] DumpProcessingRecord record) =>
        [.. record.Statistics.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new DumpStatistic(p.Key, p.Value))];
}

/// <summary>The SHA-256 of one dump file.</summary>
internal sealed record FileChecksum(string FileName, string Sha256);

/// <summary>One named processing statistic.</summary>
internal sealed record DumpStatistic(string Name, long Value);

/// <summary>What <c>checkForNewDump</c> did, and the month it looked at.</summary>
internal sealed record DumpCheckPayload(DumpCheckOutcome Outcome, DumpProcessingRecord? Dump);

/// <summary>The <c>extensions.code</c> values of the dump fields.</summary>
internal static class DumpErrorCodes
{
    public const string BadYearMonth = "BAD_USER_INPUT";
    public const string ExtractorNotRunning = "EXTRACTOR_NOT_RUNNING";
}
