using System.Text.Json;
using Discogsography.GraphQL.AspNetCore.WebSockets;

namespace Discogsography.GraphQL.AspNetCore.Tests.WebSockets;

public sealed class GraphQLWebSocketOptionsTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Theory]
    [InlineData("""{"Authorization":"Bearer abc"}""", "abc")]
    [InlineData("""{"authorization":"bearer  xyz "}""", "xyz")]
    [InlineData("""{"Authorization":"raw-token"}""", "raw-token")]
    [InlineData("""{"Authorization":5}""", null)]
    [InlineData("""{"other":"Bearer abc"}""", null)]
    [InlineData("""[1]""", null)]
    public void ReadBearerToken_Payload_TokenOrNull(string payload, string? expected)
    {
        Assert.Equal(expected, GraphQLWebSocketOptions.ReadBearerToken(Json(payload)));
    }

    [Fact]
    public void ReadBearerToken_NoPayload_Null()
    {
        Assert.Null(GraphQLWebSocketOptions.ReadBearerToken(default));
    }

    [Fact]
    public void EnsureValid_Defaults_Pass()
    {
        var options = new GraphQLWebSocketOptions();

        options.EnsureValid();

        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectionInitTimeout);
    }

    [Fact]
    public void EnsureValid_ZeroInitTimeout_Throws()
    {
        var options = new GraphQLWebSocketOptions { ConnectionInitTimeout = TimeSpan.Zero };

        Assert.Throws<InvalidOperationException>(options.EnsureValid);
    }

    [Fact]
    public void EnsureValid_NegativeKeepAlive_Throws()
    {
        var options = new GraphQLWebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(-2) };

        Assert.Throws<InvalidOperationException>(options.EnsureValid);
    }
}
