using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Pipeline.Tests.Extraction.Scheduling.TestDoubles;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Pipeline.Tests.Extraction.Scheduling;

public sealed class DumpUpdateSchedulerTests
{
    [Fact]
    public async Task TriggerAsync_NewMonth_IsProcessedOnceThenSkippedAsCompleted()
    {
        await using var harness = await SchedulerHarness.CreateAsync();
        harness.PublishMonth("20200806");

        var first = await harness.Trigger.TriggerAsync(CancellationToken.None);
        var second = await harness.Trigger.TriggerAsync(CancellationToken.None);

        Assert.Equal(DumpCheckOutcome.Processed, first);
        Assert.Equal(DumpCheckOutcome.AlreadyCompleted, second);
        var call = Assert.Single(harness.Processor.Calls);
        Assert.Equal("20200806", call.Month.Version);
        Assert.Equal(4, call.Files.Count);
        Assert.All(call.Files, f => Assert.True(f.IsVerified));
        var record = await harness.Store.FindAsync("2020-08", CancellationToken.None);
        Assert.Equal(DumpStatus.Completed, record?.Status);
        Assert.Equal(4, record!.Checksums.Count);
        Assert.Equal(4, record.Statistics["files"]);
    }

    [Fact]
    public async Task TriggerAsync_FailedMonth_IsRetriedWithinTheBudget()
    {
        await using var harness = await SchedulerHarness.CreateAsync(maxRetries: 1);
        harness.PublishMonth("20200806");
        harness.Processor.ThenFail("broker unavailable");

        var first = await harness.Trigger.TriggerAsync(CancellationToken.None);
        var failed = await harness.Store.FindAsync("2020-08", CancellationToken.None);
        var second = await harness.Trigger.TriggerAsync(CancellationToken.None);
        var completed = await harness.Store.FindAsync("2020-08", CancellationToken.None);

        Assert.Equal(DumpCheckOutcome.Failed, first);
        Assert.Equal(DumpStatus.Failed, failed?.Status);
        Assert.Equal("broker unavailable", failed?.LastError);
        Assert.Equal(DumpCheckOutcome.Processed, second);
        Assert.Equal(DumpStatus.Completed, completed?.Status);
        Assert.Equal(1, completed?.RetryCount);
        Assert.Equal(2, harness.Processor.Calls.Count);
    }

    [Fact]
    public async Task TriggerAsync_RetryBudgetSpent_LeavesTheFailedMonthAlone()
    {
        await using var harness = await SchedulerHarness.CreateAsync(maxRetries: 1);
        harness.PublishMonth("20200806");
        harness.Processor.ThenFail("first");
        harness.Processor.ThenFail("second");

        var outcomes = new[]
        {
            await harness.Trigger.TriggerAsync(CancellationToken.None),
            await harness.Trigger.TriggerAsync(CancellationToken.None),
            await harness.Trigger.TriggerAsync(CancellationToken.None),
        };

        Assert.Equal([DumpCheckOutcome.Failed, DumpCheckOutcome.Failed, DumpCheckOutcome.RetriesExhausted], outcomes);
        Assert.Equal(2, harness.Processor.Calls.Count);
        Assert.Equal("second", (await harness.Store.FindAsync("2020-08", CancellationToken.None))?.LastError);
    }

    [Fact]
    public async Task TriggerAsync_WhileACheckRuns_IsSkipped()
    {
        await using var harness = await SchedulerHarness.CreateAsync();
        harness.PublishMonth("20200806");
        var release = harness.Processor.ThenBlock();

        var running = harness.Trigger.TriggerAsync(CancellationToken.None);
        await harness.Processor.WaitForCallsAsync(1);
        var overlapping = await harness.Trigger.TriggerAsync(CancellationToken.None);
        release.SetResult();

        Assert.Equal(DumpCheckOutcome.AlreadyRunning, overlapping);
        Assert.Equal(DumpCheckOutcome.Processed, await running);
        Assert.Single(harness.Processor.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_ChecksAtStartThenEveryInterval_ProcessingEachNewMonthOnce()
    {
        await using var harness = await SchedulerHarness.CreateAsync();
        harness.PublishMonth("20200806");
        var scheduler = harness.Scheduler;

        await scheduler.StartAsync(CancellationToken.None);
        await harness.Processor.WaitForCallsAsync(1);
        await harness.Clock.WaitForTimersAsync();
        var firstWait = harness.Clock.PendingDelays;
        harness.PublishMonth("20200901");
        harness.Clock.Advance(TimeSpan.FromDays(15));
        await harness.Processor.WaitForCallsAsync(2);
        await harness.Clock.WaitForTimersAsync();
        harness.Clock.Advance(TimeSpan.FromDays(15));
        await harness.Clock.WaitForTimersAsync();
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal([TimeSpan.FromDays(15)], firstWait);
        Assert.Equal(["20200806", "20200901"], harness.Processor.Calls.Select(c => c.Month.Version));
        Assert.True(scheduler.ExecuteTask?.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ExecuteAsync_WithoutCheckAtStart_FirstChecksAfterAnInterval()
    {
        await using var harness = await SchedulerHarness.CreateAsync(checkAtStart: false);
        harness.PublishMonth("20200806");
        var scheduler = harness.Scheduler;

        await scheduler.StartAsync(CancellationToken.None);
        await harness.Clock.WaitForTimersAsync();
        var callsBeforeTheInterval = harness.Processor.Calls.Count;
        harness.Clock.Advance(TimeSpan.FromDays(15));
        await harness.Processor.WaitForCallsAsync(1);
        await harness.Clock.WaitForTimersAsync();
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(0, callsBeforeTheInterval);
        Assert.Equal(["20200806"], harness.Processor.Calls.Select(c => c.Month.Version));
    }

    [Fact]
    public async Task Status_ThroughACycle_ReportsRunningWaitingAndStopped()
    {
        await using var harness = await SchedulerHarness.CreateAsync();
        harness.PublishMonth("20200806");
        var release = harness.Processor.ThenBlock();
        var scheduler = harness.Scheduler;
        var start = harness.Clock.GetUtcNow();

        var before = harness.Trigger.Status;
        await scheduler.StartAsync(CancellationToken.None);
        await harness.Processor.WaitForCallsAsync(1);
        var running = harness.Trigger.Status;
        release.SetResult();
        await harness.Clock.WaitForTimersAsync();
        var waiting = harness.Trigger.Status;
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(DumpSchedulerState.Idle, before.State);
        Assert.Equal(DumpSchedulerState.Running, running.State);
        Assert.Equal(start, running.LastCheckStartedAt);
        Assert.Equal(DumpSchedulerState.Waiting, waiting.State);
        Assert.Equal(DumpCheckOutcome.Processed, waiting.LastOutcome);
        Assert.Equal(start + TimeSpan.FromDays(15), waiting.NextCheckAt);
        Assert.Equal(DumpSchedulerState.Stopped, harness.Trigger.Status.State);
    }

    [Fact]
    public async Task StopAsync_DuringProcessing_CancelsTheRunAndRecordsTheInterruption()
    {
        await using var harness = await SchedulerHarness.CreateAsync();
        harness.PublishMonth("20200806");
        harness.Processor.ThenBlock();
        var scheduler = harness.Scheduler;

        await scheduler.StartAsync(CancellationToken.None);
        await harness.Processor.WaitForCallsAsync(1);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(harness.Processor.SawCancellation);
        Assert.True(scheduler.ExecuteTask?.IsCompletedSuccessfully);
        var record = await harness.Store.FindAsync("2020-08", CancellationToken.None);
        Assert.Equal(DumpStatus.Failed, record?.Status);
        Assert.Equal("interrupted by shutdown", record?.LastError);
    }

    [Fact]
    public async Task TriggerAsync_MonthLeftProcessingByAnEarlierRun_IsRecordedAsFailedAndRetried()
    {
        await using var harness = await SchedulerHarness.CreateAsync();
        harness.PublishMonth("20200806");
        await harness.Store.EnsureAsync("2020-08", "20200806", CancellationToken.None);
        await harness.Store.TransitionAsync("2020-08", DumpStatus.Downloading, null, CancellationToken.None);
        await harness.Store.TransitionAsync("2020-08", DumpStatus.ReadyForProcessing, null, CancellationToken.None);
        await harness.Store.TransitionAsync("2020-08", DumpStatus.Processing, null, CancellationToken.None);

        var outcome = await harness.Trigger.TriggerAsync(CancellationToken.None);

        Assert.Equal(DumpCheckOutcome.Processed, outcome);
        var record = await harness.Store.FindAsync("2020-08", CancellationToken.None);
        Assert.Equal(DumpStatus.Completed, record?.Status);
        Assert.Equal(1, record?.RetryCount);
    }

    [Fact]
    public async Task TriggerAsync_NoCompleteDump_ReportsNothingAvailable()
    {
        await using var harness = await SchedulerHarness.CreateAsync();

        Assert.Equal(DumpCheckOutcome.NoDumpAvailable, await harness.Trigger.TriggerAsync(CancellationToken.None));
        Assert.Empty(harness.Processor.Calls);
    }

    [Fact]
    public async Task TriggerAsync_AfterACheck_AppliesRetentionToTheDownloadFolder()
    {
        await using var harness = await SchedulerHarness.CreateAsync(retentionMonths: 2);
        harness.PublishMonth("20200806");
        foreach (var version in new[] { "20200501", "20200601", "20200701" })
        {
            File.WriteAllText(Path.Combine(harness.DownloadRoot, $"discogs_{version}_artists.xml.gz"), version);
        }

        await harness.Trigger.TriggerAsync(CancellationToken.None);

        Assert.Equal(
            ["discogs_20200601_artists.xml.gz", "discogs_20200701_artists.xml.gz"],
            Directory.GetFiles(harness.DownloadRoot).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));
    }
}
