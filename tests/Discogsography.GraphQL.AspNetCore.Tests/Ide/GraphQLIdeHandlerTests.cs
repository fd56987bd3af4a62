using System.Net;
using System.Text.Json;

namespace Discogsography.GraphQL.AspNetCore.Tests.Ide;

public sealed class GraphQLIdeHandlerTests
{
    [Fact]
    public async Task BrowserGet_OnEndpoint_RedirectsPermanentlyToTrailingSlash()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);

        using HttpResponseMessage response = await host.GetHtmlAsync("graphql");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task BrowserGet_OnTrailingSlash_ServesIndexPage()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);

        using HttpResponseMessage response = await host.GetHtmlAsync("graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IdeTestHost.IndexHtml, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Get_HashedScript_ServesJavaScriptCachedForAYear()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);

        using HttpResponseMessage response = await host.Client.GetAsync("graphql/static/js/main.abc123.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IdeTestHost.MainJs, await response.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Theory]
    [InlineData("graphql/static/media/FiraCode.abc123.woff2", "font/woff2")]
    [InlineData("graphql/manifest.webmanifest", "application/manifest+json")]
    public async Task Get_Asset_HasItsContentType(string path, string mediaType)
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);

        using HttpResponseMessage response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnknownAsset_IsNotFound()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);

        using HttpResponseMessage response = await host.Client.GetAsync("graphql/static/js/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Config_NamesEndpointTransportAndDisablesTelemetry()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);

        using HttpResponseMessage response = await host.Client.GetAsync("graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("/graphql", config.RootElement.GetProperty("endpoint").GetString());
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("graphql-transport-ws", config.RootElement.GetProperty("subscriptionProtocol").GetString());
        Assert.True(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.RootElement.TryGetProperty("gaTrackingId", out _));
    }

    [Fact]
    public async Task BrowserGet_WithoutFiles_ServesPageSayingHowToInstall()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: false);

        using HttpResponseMessage response = await host.GetHtmlAsync("graphql/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains("npm", page, StringComparison.Ordinal);
        Assert.Contains("rebuild", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OnEndpoint_StaysGraphQL()
    {
        await using IdeTestHost host = await IdeTestHost.StartAsync(withFiles: true);
        using var content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await host.Client.PostAsync("graphql", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"hello\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
