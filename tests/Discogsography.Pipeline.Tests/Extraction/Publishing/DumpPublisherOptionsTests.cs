using Discogsography.Pipeline.Extraction.Publishing;

namespace Discogsography.Pipeline.Tests.Extraction.Publishing;

public sealed class DumpPublisherOptionsTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_UnusableMaxBatchesPerSecond_IsRejected(double rate)
    {
        var options = new DumpPublisherOptions { MaxBatchesPerSecond = rate };

        Assert.Throws<InvalidOperationException>(options.Validate);
    }

    [Fact]
    public void Validate_Defaults_AreAccepted()
    {
        new DumpPublisherOptions().Validate();

        Assert.Equal(0, new DumpPublisherOptions().MaxBatchesPerSecond);
    }
}
