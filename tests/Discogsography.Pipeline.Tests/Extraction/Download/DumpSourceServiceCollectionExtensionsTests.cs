using Discogsography.Pipeline.Extraction.Discovery;
using Discogsography.Pipeline.Extraction.Download;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Discogsography.Pipeline.Tests.Extraction.Download;

public sealed class DumpSourceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDumpSource_NoLocalFolder_UsesTheDataSite()
    {
        using var services = Build(new Dictionary<string, string?> { ["Dumps:Root"] = "/tmp/discogs" });

        Assert.IsType<DiscogsSiteDumpSource>(services.GetRequiredService<IDumpSource>());
        Assert.Equal("/tmp/discogs", services.GetRequiredService<IOptions<DumpSourceOptions>>().Value.Root);
    }

    [Fact]
    public void AddDumpSource_LocalFolderSet_UsesTheFolder()
    {
        using var services = Build(new Dictionary<string, string?> { ["Dumps:LocalFolder"] = Path.GetTempPath() });

        Assert.IsType<LocalFolderDumpSource>(services.GetRequiredService<IDumpSource>());
    }

    [Fact]
    public void AddDumpSource_ConfiguredRetrySchedule_ReplacesTheDefault()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Dumps:RetryDelays:0"] = "00:00:00",
            ["Dumps:RetryDelays:1"] = "00:01:00",
            ["Dumps:MaxAttempts"] = "2",
        });

        var options = services.GetRequiredService<IOptions<DumpSourceOptions>>().Value;

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMinutes(1)], options.EffectiveRetryDelays);
    }

    [Fact]
    public void AddDumpSource_InvalidSettings_FailValidation()
    {
        using var services = Build(new Dictionary<string, string?> { ["Dumps:RetentionMonths"] = "-1" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DumpSourceOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("RetentionMonths", StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDumpSource(configuration).BuildServiceProvider();
    }
}
