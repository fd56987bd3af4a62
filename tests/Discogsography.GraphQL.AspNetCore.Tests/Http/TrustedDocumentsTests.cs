using Discogsography.GraphQL.AspNetCore.Persisted;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class TrustedDocumentsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("trusted-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Hash_IsLowerCaseHexSha256OfUtf8Text()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TrustedDocuments.Hash(""));
        Assert.Equal(64, TrustedDocuments.Hash("{ hello(name: \"Björk\") }").Length);
        Assert.NotEqual(TrustedDocuments.Hash("{ a }"), TrustedDocuments.Hash("{ b }"));
    }

    [Fact]
    public void LoadDirectory_ReadsFilesByTheirHash()
    {
        File.WriteAllText(Path.Combine(_folder, TrustedDocuments.Hash("{ a }").ToUpperInvariant() + ".graphql"), "{ a }");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "ignored");

        IReadOnlyDictionary<string, string> documents = TrustedDocuments.LoadDirectory(_folder);

        Assert.Equal("{ a }", Assert.Single(documents).Value);
        Assert.Equal(TrustedDocuments.Hash("{ a }"), documents.Keys.Single());
    }

    [Fact]
    public void LoadDirectory_ContentNotMatchingName_Throws()
    {
        File.WriteAllText(Path.Combine(_folder, TrustedDocuments.Hash("{ a }") + ".graphql"), "{ b }");

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() => TrustedDocuments.LoadDirectory(_folder));

        Assert.Contains("not the one its name gives", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_NameNotAHash_Throws()
    {
        File.WriteAllText(Path.Combine(_folder, "query.graphql"), "{ a }");

        Assert.Throws<InvalidOperationException>(() => TrustedDocuments.LoadDirectory(_folder));
    }
}
