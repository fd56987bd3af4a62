using Discogsography.GraphQL.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData("", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/json, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0.8, */*;q=0.9", "Json")]
    [InlineData("text/event-stream", "EventStream")]
    [InlineData("text/*", "None")]
    [InlineData("text/event-stream;q=0.1, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("image/png", "None")]
    public void Choose_PicksByQualityThenPreference(string accept, string expected)
    {
        Assert.Equal(Enum.Parse<ResponseMediaType>(expected), AcceptNegotiation.Choose(accept));
    }

    [Fact]
    public void Choose_WithoutEventStream_FallsBackToJsonTypes()
    {
        Assert.Equal(ResponseMediaType.None, AcceptNegotiation.Choose("text/event-stream", eventStream: false));
        Assert.Equal(ResponseMediaType.Json, AcceptNegotiation.Choose("text/event-stream, */*;q=0.1", eventStream: false));
    }
}
