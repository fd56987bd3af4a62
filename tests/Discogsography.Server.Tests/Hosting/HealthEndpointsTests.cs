using System.Net;

namespace Discogsography.Server.Tests.Hosting;

public sealed class HealthEndpointsTests : IClassFixture<ServerFactory>
{
    private readonly ServerFactory _factory;

    public HealthEndpointsTests(ServerFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/health")]
    [InlineData("/ready")]
    public async Task Get_HealthEndpoint_ReportsHealthy(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownPath_IsNotFound()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
