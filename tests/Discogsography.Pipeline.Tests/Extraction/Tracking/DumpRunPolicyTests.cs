using Discogsography.Pipeline.Extraction.Tracking;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Pipeline.Tests.Extraction.Tracking;

public sealed class DumpRunPolicyTests
{
    [Theory]
    [InlineData(DumpStatus.NotStarted, 0, nameof(DumpRunDecision.Start))]
    [InlineData(DumpStatus.Completed, 0, nameof(DumpRunDecision.SkipCompleted))]
    [InlineData(DumpStatus.Failed, 0, nameof(DumpRunDecision.Retry))]
    [InlineData(DumpStatus.Failed, 2, nameof(DumpRunDecision.Retry))]
    [InlineData(DumpStatus.Failed, 3, nameof(DumpRunDecision.SkipRetriesExhausted))]
    [InlineData(DumpStatus.Downloading, 0, nameof(DumpRunDecision.Interrupted))]
    [InlineData(DumpStatus.ReadyForProcessing, 0, nameof(DumpRunDecision.Interrupted))]
    [InlineData(DumpStatus.Processing, 1, nameof(DumpRunDecision.Interrupted))]
    public void Decide_StatusAndRetries_WithABudgetOfThree(DumpStatus status, int retries, string expected)
    {
        var record = new DumpProcessingRecord
        {
            YearMonth = "2020-08",
            DumpVersion = "20200806",
            Status = status,
            Checksums = new Dictionary<string, string>(),
            Statistics = new Dictionary<string, long>(),
            RetryCount = retries,
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };

        Assert.Equal(Enum.Parse<DumpRunDecision>(expected), DumpRunPolicy.Decide(record, maxRetries: 3));
    }
}
