using Discogsography.Server.Extraction;

namespace Discogsography.Server.Tests.Extraction;

public sealed class ExtractionSourceTests
{
    [Fact]
    public void Parse_Nothing_IsTheGeneratedSampleUnderTheDataDirectory()
    {
        var source = ExtractionSource.Parse(null, "/srv/data");

        Assert.True(source.IsGeneratedSample);
        Assert.Equal(Path.Combine("/srv/data", "sample"), source.Folder);
        Assert.Null(source.DataSite);
    }

    [Theory]
    [InlineData("https://data.discogs.com/")]
    [InlineData("http://127.0.0.1:8080/dumps/")]
    public void Parse_HttpUrl_IsADataSite(string value)
    {
        var source = ExtractionSource.Parse(value, "/srv/data");

        Assert.Equal(new Uri(value), source.DataSite);
        Assert.Null(source.Folder);
        Assert.False(source.IsGeneratedSample);
    }

    [Fact]
    public void Parse_Path_IsAFolderResolvedToAFullPath()
    {
        var source = ExtractionSource.Parse("dumps/2020-08", "/srv/data");

        Assert.Equal(Path.GetFullPath("dumps/2020-08"), source.Folder);
        Assert.False(source.IsGeneratedSample);
    }
}
