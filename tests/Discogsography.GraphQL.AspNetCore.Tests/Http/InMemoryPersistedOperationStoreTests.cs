using Discogsography.GraphQL.AspNetCore.Persisted;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class InMemoryPersistedOperationStoreTests
{
    [Fact]
    public async Task SaveAsync_ThenTryGetAsync_FindsTheDocumentCaseInsensitively()
    {
        var store = new InMemoryPersistedOperationStore(10);
        string hash = TrustedDocuments.Hash("{ a }");

        await store.SaveAsync(hash, "{ a }", default);

        Assert.Equal("{ a }", await store.TryGetAsync(hash.ToUpperInvariant(), default));
        Assert.Null(await store.TryGetAsync(TrustedDocuments.Hash("{ b }"), default));
    }

    [Fact]
    public async Task SaveAsync_BeyondCapacity_StaysBoundedAndKeepsTrustedDocuments()
    {
        string trustedHash = TrustedDocuments.Hash("{ trusted }");
        var store = new InMemoryPersistedOperationStore(10, new Dictionary<string, string> { [trustedHash] = "{ trusted }" });

        for (int i = 0; i < 100; i++)
        {
            string document = $"{{ f{i} }}";
            await store.SaveAsync(TrustedDocuments.Hash(document), document, default);
        }

        Assert.InRange(store.SavedCount, 1, 10);
        Assert.Equal("{ f99 }", await store.TryGetAsync(TrustedDocuments.Hash("{ f99 }"), default));
        Assert.Equal("{ trusted }", await store.TryGetAsync(trustedHash, default));
    }
}
