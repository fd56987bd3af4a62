using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class GraphQLHttpHandlerTests : IClassFixture<GraphQLHostFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly GraphQLTestHost _host;

    public GraphQLHttpHandlerTests(GraphQLHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task Post_Query_AnswersDataAsJson()
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"query Q($n: String) { hello(name: $n) }","variables":{"n":"Ada"},"operationName":"Q"}""");

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        Assert.Equal("Hello, Ada!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, application/graphql-response+json; charset=utf-8", GraphQLResponse)]
    public async Task Post_Accept_NegotiatesResponseMediaType(string? accept, string expected)
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ hello }"}""", accept);

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK, expected);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/plain, image/*")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Post_AcceptWithNothingWeSpeak_Answers406(string accept)
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ hello }"}""", accept);

        Assert.Equal("NOT_ACCEPTABLE", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.NotAcceptable));
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK, "application/json")]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponse)]
    public async Task Post_ParseFailure_AnswersStatusByMediaTypeWithoutData(string accept, HttpStatusCode status, string mediaType)
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{"}""", accept);

        Assert.Equal("GRAPHQL_PARSE_FAILED", await HttpAssert.ErrorCodeAsync(response, status, mediaType));
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK, "application/json")]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponse)]
    public async Task Post_ValidationFailure_AnswersStatusByMediaTypeWithoutData(string accept, HttpStatusCode status, string mediaType)
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ notAField }"}""", accept);

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", await HttpAssert.ErrorCodeAsync(response, status, mediaType));
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK, "application/json")]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponse)]
    public async Task Post_VariableCoercionFailure_AnswersStatusByMediaTypeWithoutData(string accept, HttpStatusCode status, string mediaType)
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"query ($id: ID!) { echo(id: $id) }","variables":{}}""", accept);

        Assert.Equal("BAD_USER_INPUT", await HttpAssert.ErrorCodeAsync(response, status, mediaType));
    }

    [Fact]
    public async Task Post_FieldError_AnswersPartialResultWith200()
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ hello fail }"}""", GraphQLResponse);

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("fail", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("{ \"not a JSON", "INVALID_JSON")]
    [InlineData("[]", "INVALID_JSON")]
    [InlineData("\"query\"", "INVALID_JSON")]
    [InlineData("""{"notquery":"{ hello }"}""", "MISSING_QUERY")]
    [InlineData("""{"query":null}""", "MISSING_QUERY")]
    [InlineData("""{"query":{"obj":"ect"}}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":0}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":false}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":["array"]}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":"{ hello }","operationName":1}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":"{ hello }","variables":[]}""", "INVALID_PARAMETER")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", "INVALID_PARAMETER")]
    public async Task Post_MalformedRequest_Answers400WithCode(string body, string code)
    {
        foreach (string? accept in new[] { "application/json", GraphQLResponse })
        {
            using HttpResponseMessage response = await _host.PostAsync(body, accept);

            Assert.Equal(code, await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest, accept!));
        }
    }

    [Fact]
    public async Task Post_NullOptionalParameters_AreTheSameAsAbsent()
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"unknown":1}""");

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_MissingBody_Answers400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = new("application/json");
        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        Assert.Equal("INVALID_JSON", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_UnsupportedContentType_Answers415(string contentType)
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);

        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.UnsupportedMediaType));
    }

    [Fact]
    public async Task Post_WithoutContentType_Answers415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };
        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.UnsupportedMediaType));
    }

    [Fact]
    public async Task Post_Utf8Charset_IsAcceptedAndNonAsciiRoundTrips()
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"{ hello(name: \"Run🏃Swim🏊 Björk\") }"}""", contentType: "application/json; charset=UTF-8");

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        Assert.Equal("Hello, Run🏃Swim🏊 Björk!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Post_Mutation_Runs()
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"mutation { setGreeting(text: \"over POST\") }"}""");

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        Assert.Equal("over POST", body.GetProperty("data").GetProperty("setGreeting").GetString());
        Assert.Contains("over POST", _host.Services.GetRequiredService<GraphQLTestHost.MutationLog>());
    }

    [Fact]
    public async Task Post_SubscriptionWithoutEventStream_Answers400()
    {
        using HttpResponseMessage response = await _host.PostAsync("""{"query":"subscription { ticks }"}""");

        Assert.Equal("SUBSCRIPTION_NOT_SUPPORTED", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Post_SignedInUser_ReachesResolvers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("""{"query":"{ me }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Test-User", "ada");
        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        Assert.Equal("ada", body.GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task Get_Query_AnswersData()
    {
        string query = Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }");
        string variables = Uri.EscapeDataString("""{"n":"Grace"}""");
        using HttpResponseMessage response = await _host.GetAsync($"?query={query}&variables={variables}&operationName=Q", GraphQLResponse);

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("Hello, Grace!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_EmptyOptionalParameters_AreAbsent()
    {
        using HttpResponseMessage response = await _host.GetAsync($"?query={Uri.EscapeDataString("{ hello }")}&variables=&extensions=&operationName=");

        JsonElement body = await HttpAssert.GraphQLAsync(response, HttpStatusCode.OK);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_Mutation_Answers405AllowingPostWithoutRunningIt()
    {
        using HttpResponseMessage response = await _host.GetAsync($"?query={Uri.EscapeDataString("mutation { setGreeting(text: \"over GET\") }")}", GraphQLResponse);

        Assert.Equal("METHOD_NOT_ALLOWED", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.MethodNotAllowed, GraphQLResponse));
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.DoesNotContain("over GET", _host.Services.GetRequiredService<GraphQLTestHost.MutationLog>());
    }

    [Theory]
    [InlineData("&variables=%5B%5D")]
    [InlineData("&variables=not-json")]
    [InlineData("&extensions=1")]
    [InlineData("&operationName=a&operationName=b")]
    public async Task Get_MalformedParameter_Answers400(string extra)
    {
        using HttpResponseMessage response = await _host.GetAsync($"?query={Uri.EscapeDataString("{ hello }")}{extra}");

        Assert.Equal("INVALID_PARAMETER", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Get_WithoutQuery_Answers400()
    {
        using HttpResponseMessage response = await _host.GetAsync("", "application/json");

        Assert.Equal("MISSING_QUERY", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Put_Answers405AllowingGetAndPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "graphql") { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json") };
        using HttpResponseMessage response = await _host.Client.SendAsync(request);

        Assert.Equal("METHOD_NOT_ALLOWED", await HttpAssert.ErrorCodeAsync(response, HttpStatusCode.MethodNotAllowed));
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
