using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Stores.Sql.Tests.Tracking;

public sealed class DumpStatusTransitionsTests
{
    private static readonly HashSet<(DumpStatus, DumpStatus)> Allowed =
    [
        (DumpStatus.NotStarted, DumpStatus.Downloading),
        (DumpStatus.Downloading, DumpStatus.ReadyForProcessing),
        (DumpStatus.Downloading, DumpStatus.Failed),
        (DumpStatus.ReadyForProcessing, DumpStatus.Processing),
        (DumpStatus.ReadyForProcessing, DumpStatus.Failed),
        (DumpStatus.Processing, DumpStatus.Completed),
        (DumpStatus.Processing, DumpStatus.Failed),
        (DumpStatus.Failed, DumpStatus.Downloading),
        (DumpStatus.Failed, DumpStatus.Processing),
    ];

    [Fact]
    public void IsAllowed_EveryPair_MatchesTheLifecycle()
    {
        foreach (var from in Enum.GetValues<DumpStatus>())
        {
            foreach (var to in Enum.GetValues<DumpStatus>())
            {
                Assert.True(Allowed.Contains((from, to)) == DumpStatusTransitions.IsAllowed(from, to), $"{from} -> {to}");
            }
        }
    }

    [Fact]
    public void IsRetry_OnlyMovesOutOfFailed_AreRetries()
    {
        Assert.True(DumpStatusTransitions.IsRetry(DumpStatus.Failed, DumpStatus.Downloading));
        Assert.True(DumpStatusTransitions.IsRetry(DumpStatus.Failed, DumpStatus.Processing));
        Assert.False(DumpStatusTransitions.IsRetry(DumpStatus.NotStarted, DumpStatus.Downloading));
        Assert.False(DumpStatusTransitions.IsRetry(DumpStatus.Failed, DumpStatus.Completed));
    }

    [Fact]
    public void ToTextAndParse_EveryStatus_RoundTripsAsSnakeCase()
    {
        foreach (var status in Enum.GetValues<DumpStatus>())
        {
            var text = DumpStatusTransitions.ToText(status);
            Assert.Equal(text.ToLowerInvariant(), text);
            Assert.Equal(status, DumpStatusTransitions.Parse(text));
        }

        Assert.Equal("ready_for_processing", DumpStatusTransitions.ToText(DumpStatus.ReadyForProcessing));
        Assert.Throws<FormatException>(() => DumpStatusTransitions.Parse("ReadyForProcessing"));
    }
}
