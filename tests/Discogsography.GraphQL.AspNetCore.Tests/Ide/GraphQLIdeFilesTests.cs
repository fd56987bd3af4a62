using Discogsography.GraphQL.AspNetCore.Ide;

namespace Discogsography.GraphQL.AspNetCore.Tests.Ide;

public sealed class GraphQLIdeFilesTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "discogsography-ide-files-" + Guid.NewGuid().ToString("N"));
    private readonly GraphQLIdeFiles _files;

    public GraphQLIdeFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_parent, "bcp", "static"));
        File.WriteAllText(Path.Combine(_parent, "secret.txt"), "outside");
        File.WriteAllText(Path.Combine(_parent, "bcp", "static", "a.js"), "inside");
        _files = new GraphQLIdeFiles(new GraphQLIdeOptions { FilesDirectory = Path.Combine(_parent, "bcp") });
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("static/../../secret.txt")]
    [InlineData("")]
    [InlineData("static")]
    public void Resolve_OutsideFolderOrNotAFile_IsNull(string asset)
    {
        Assert.Null(_files.Resolve(asset));
    }

    [Fact]
    public void Resolve_FileInside_IsItsFullPath()
    {
        Assert.Equal(Path.Combine(_parent, "bcp", "static", "a.js"), _files.Resolve("static/a.js"));
    }

    [Fact]
    public void IsInstalled_WithoutIndex_IsFalse()
    {
        Assert.False(_files.IsInstalled);
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
