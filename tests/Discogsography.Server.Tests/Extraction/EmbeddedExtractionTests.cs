using Discogsography.Pipeline.Extraction.Scheduling;
using Discogsography.Stores.Sql.Tracking;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.Server.Tests.Extraction;

/// <summary>The embedded default: with the extractor role and no source configured, the server generates its sample and processes it.</summary>
public sealed class EmbeddedExtractionTests : IClassFixture<EmbeddedExtractionTests.ExtractorFactory>
{
    private readonly ExtractorFactory _factory;

    public EmbeddedExtractionTests(ExtractorFactory factory) => _factory = factory;

    [Fact]
    public async Task Start_WithoutSource_GeneratesTheSampleAndCompletesItsMonth()
    {
        var services = _factory.Services;
        var trigger = services.GetRequiredService<IDumpUpdateTrigger>();
        var tracking = services.GetRequiredService<IDumpTrackingStore>();

        // The check that runs at start-up may still be going: a trigger then reports AlreadyRunning at once.
        var outcome = await TriggerWhenIdleAsync(trigger);
        var months = await tracking.ListAsync(CancellationToken.None);

        var month = Assert.Single(months);
        Assert.Equal(DumpStatus.Completed, month.Status);
        Assert.Equal(4, month.Checksums.Count);
        Assert.NotEqual(DumpCheckOutcome.Failed, outcome);
        Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "sample", "discogs_20250101_CHECKSUM.txt")));
        Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "discogsography.db")));
    }

    [Fact]
    public async Task Trigger_AfterTheMonthCompleted_DoesNotProcessItAgain()
    {
        var trigger = _factory.Services.GetRequiredService<IDumpUpdateTrigger>();
        await TriggerWhenIdleAsync(trigger);

        var second = await TriggerWhenIdleAsync(trigger);

        Assert.NotEqual(DumpCheckOutcome.Processed, second);
        Assert.NotEqual(DumpCheckOutcome.Failed, second);
    }

    internal static async Task<DumpCheckOutcome> TriggerWhenIdleAsync(IDumpUpdateTrigger trigger)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var outcome = await trigger.TriggerAsync(deadline.Token);
            if (outcome != DumpCheckOutcome.AlreadyRunning)
            {
                return outcome;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    public sealed class ExtractorFactory : ServerFactory
    {
        protected override string Roles => "server,extractor";
    }
}
