using System.Net;
using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.Persisted;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class PersistedQueriesTests
{
    private const string Query = "{ hello }";

    private static string Sha256(string text) => TrustedDocuments.Hash(text);

    private static string Apq(string hash, string? query = null) => query is null
        ? "{\"extensions\":" + Extensions(hash) + "}"
        : "{\"query\":" + JsonSerializer.Serialize(query) + ",\"extensions\":" + Extensions(hash) + "}";

    private static string Extensions(string hash) => "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

    [Fact]
    public async Task HashOnly_UnknownHash_AnswersPersistedQueryNotFound()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();

        using HttpResponseMessage response = await host.PostAsync(Apq(Sha256("{ me }")));

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        JsonElement error = body.GetProperty("errors")[0];
        Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task HashWithQuery_StoresIt_ThenHashOnlyRuns()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        string hash = Sha256(Query);

        using HttpResponseMessage first = await host.PostAsync(Apq(hash, Query));
        using HttpResponseMessage second = await host.PostAsync(Apq(hash.ToUpperInvariant()));

        Assert.Equal("Hello, world!", (await HttpAssert.GraphQLAsync(first, HttpStatusCode.OK)).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, world!", (await HttpAssert.GraphQLAsync(second, HttpStatusCode.OK)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task HashOnly_OverGet_RunsAStoredQuery()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        string hash = Sha256(Query);
        (await host.PostAsync(Apq(hash, Query))).Dispose();

        string extensions = Uri.EscapeDataString(Extensions(hash));
        using HttpResponseMessage response = await host.GetAsync($"?extensions={extensions}");

        Assert.Equal("Hello, world!", (await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task HashWithQuery_Mismatch_IsRefusedAndNotStored()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        string wrong = Sha256("{ me }");

        using HttpResponseMessage mismatch = await host.PostAsync(Apq(wrong, Query), "application/graphql-response+json");
        using HttpResponseMessage lookup = await host.PostAsync(Apq(wrong));

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", await HttpAssert.ErrorCodeAsync(mismatch, HttpStatusCode.BadRequest, "application/graphql-response+json"));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await HttpAssert.ErrorCodeAsync(lookup, HttpStatusCode.OK));
    }

    [Theory]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"00"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"xyz"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""")]
    public async Task MalformedPersistedQuery_Answers400(string body)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();

        using HttpResponseMessage response = await host.PostAsync(body);

        Assert.Equal("PERSISTED_QUERY_INVALID", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task OnlyTrustedDocuments_RunsDocumentsFromTheFolderAndRefusesOthers()
    {
        string folder = Directory.CreateTempSubdirectory("trusted-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, Sha256(Query) + ".graphql"), Query);
            await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(o =>
            {
                o.OnlyTrustedDocuments = true;
                o.TrustedDocumentsDirectory = folder;
            });

            using HttpResponseMessage byText = await host.PostAsync("""{"query":"{ hello }"}""");
            using HttpResponseMessage byHash = await host.PostAsync(Apq(Sha256(Query)));
            using HttpResponseMessage untrusted = await host.PostAsync("""{"query":"{ me }"}""");
            using HttpResponseMessage untrustedApq = await host.PostAsync(Apq(Sha256("{ me }"), "{ me }"));
            using HttpResponseMessage notStored = await host.PostAsync(Apq(Sha256("{ me }")));

            await HttpAssert.GraphQLAsync(byText, HttpStatusCode.OK);
            Assert.Equal("Hello, world!", (await HttpAssert.GraphQLAsync(byHash, HttpStatusCode.OK)).GetProperty("data").GetProperty("hello").GetString());
            Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", await HttpAssert.ErrorCodeAsync(untrusted, HttpStatusCode.OK));
            Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", await HttpAssert.ErrorCodeAsync(untrustedApq, HttpStatusCode.OK));
            Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await HttpAssert.ErrorCodeAsync(notStored, HttpStatusCode.OK));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
